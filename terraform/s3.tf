# The stage: a raw bucket (what Gmail and Mercado Pago sent, as received)
# and a processed bucket (the parsed CSVs the crawlers and Redshift COPY
# read), so each layer has its own retention and its own readers.  The DAGs
# take them as stage_url and processed_stage_url.  With MWAA, the bucket MWAA
# reads DAGs, requirements and the wheel from.  All get the same controls; one
# more bucket keeps their access logs.

locals {
  buckets = merge(
    {
      raw       = "${var.project}-raw-${local.account}"
      processed = "${var.project}-processed-${local.account}"
    },
    var.enable_mwaa ? { airflow = "${var.project}-airflow-${local.account}" } : {},
  )
  # with the access-log bucket: versioning, public access block, owner
  # enforced and the TLS-only policy are the same for every bucket
  all_buckets = merge(aws_s3_bucket.data, { logs = aws_s3_bucket.logs })
}

resource "aws_s3_bucket" "data" {
  #checkov:skip=CKV_AWS_144:cross-region replication not needed: raw files can be fetched again from Gmail and Mercado Pago, processed files are rebuilt from raw
  #checkov:skip=CKV2_AWS_62:no event consumers: Airflow schedules the pipeline, nothing reacts to object events
  #checkov:skip=CKV_AWS_143:no object lock: lifecycle rules must be able to expire old raw files and the compensation step deletes what a failed run staged
  for_each = local.buckets
  bucket   = each.value
}

resource "aws_s3_bucket_versioning" "all" {
  for_each = local.all_buckets
  bucket   = each.value.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  for_each = aws_s3_bucket.data
  bucket   = each.value.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.expetl.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "all" {
  for_each                = local.all_buckets
  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "all" {
  for_each = local.all_buckets
  bucket   = each.value.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_logging" "data" {
  for_each      = aws_s3_bucket.data
  bucket        = each.value.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "${each.key}/"
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  for_each = aws_s3_bucket.data
  bucket   = each.value.id
  rule {
    id     = "abort-incomplete-uploads"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
  rule {
    id     = "old-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
  dynamic "rule" {
    for_each = each.key == "raw" ? [1] : []
    content {
      id     = "raw-to-archive-then-expire"
      status = "Enabled"
      filter {
        prefix = "${local.stage_prefix}/raw/"
      }
      transition {
        days          = 90
        storage_class = "GLACIER_IR"
      }
      expiration {
        days = var.raw_retention_days
      }
    }
  }
  dynamic "rule" {
    # Redshift COPY manifests are needed only while their run loads
    for_each = each.key == "processed" ? [1] : []
    content {
      id     = "expire-copy-manifests"
      status = "Enabled"
      filter {
        prefix = "${local.stage_prefix}/processed/manifests/"
      }
      expiration {
        days = 30
      }
    }
  }
}

# TLS only: any request over plain HTTP is denied (every bucket, logs included)
data "aws_iam_policy_document" "tls_only" {
  for_each = local.all_buckets
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [each.value.arn, "${each.value.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  for_each   = aws_s3_bucket.data
  bucket     = each.value.id
  policy     = data.aws_iam_policy_document.tls_only[each.key].json
  depends_on = [aws_s3_bucket_public_access_block.all]
}

# ---- access logs of the buckets above

resource "aws_s3_bucket" "logs" {
  #checkov:skip=CKV_AWS_18:this is the access-log bucket; logging it into itself would loop
  #checkov:skip=CKV_AWS_144:access logs are not replicated; losing a region loses its logs only
  #checkov:skip=CKV2_AWS_62:no event consumers for access logs
  #checkov:skip=CKV_AWS_145:S3 server access logging delivers only to SSE-S3 (AES256) buckets, not SSE-KMS
  #checkov:skip=CKV_AWS_143:no object lock: logs expire through the lifecycle rule
  bucket = "${var.project}-access-logs-${local.account}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    id     = "expire-logs"
    status = "Enabled"
    filter {}
    expiration {
      days = 400
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

data "aws_iam_policy_document" "logs" {
  source_policy_documents = [data.aws_iam_policy_document.tls_only["logs"].json]
  # S3's log delivery writes here, only for this account's buckets
  statement {
    sid       = "S3ServerAccessLogs"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.logs.arn}/*"]
    principals {
      type        = "Service"
      identifiers = ["logging.s3.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account]
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket     = aws_s3_bucket.logs.id
  policy     = data.aws_iam_policy_document.logs.json
  depends_on = [aws_s3_bucket_public_access_block.all["logs"]]
}
