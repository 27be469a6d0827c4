/* AWS Glue crawlers over the AWS JSON 1.1 protocol (shared/reference/aws.md
 * §3): StartCrawler and GetCrawler, signed by libcurl's SigV4. */
#ifndef EXPETL_GLUE_H
#define EXPETL_GLUE_H

#include "stage.h"

typedef struct glue glue;

typedef struct {
    char state[16];        /* READY, RUNNING, STOPPING */
    char last_status[24];  /* SUCCEEDED, CANCELLED, FAILED ("" before any crawl; moto: its own words) */
    char last_error[512];
    double last_start;     /* epoch seconds, 0 when unknown */
} glue_crawler;

/* opts: region, endpoint_url and credentials (addressing is unused). */
glue *glue_open(const stage_opts *opts, xerr *err);
void glue_close(glue *g);

/* 0 when started, 1 when a crawl was already running (not a failure). */
int glue_start_crawler(glue *g, const char *name, xerr *err);
int glue_get_crawler(glue *g, const char *name, glue_crawler *out, xerr *err);

/* The error type of an AWS JSON 1.1 error body, normalised like botocore:
 * "com.amazonaws…#CrawlerRunningException:x" → "CrawlerRunningException". */
void aws_json_error_type(const char *body, size_t len, const char *header_type, char *out, size_t n,
                         char *msg, size_t nmsg);

#endif
