# Optional (enable_mwaa): an Amazon MWAA environment running the DAGs with the
# expetl wheel.  Its bucket holds dags/, requirements.txt, plugins.zip (the
# wheel) and startup.sh (the wheel's runtime libraries); README.md has the
# upload steps.  Connections and Variables come from Secrets Manager.

locals {
  mwaa_name = "${var.project}-airflow"
}

resource "aws_iam_role" "mwaa" {
  count              = var.enable_mwaa ? 1 : 0
  name               = "${var.project}-mwaa-execution"
  assume_role_policy = data.aws_iam_policy_document.assume["mwaa"].json
}

resource "aws_iam_role_policy" "mwaa" {
  count = var.enable_mwaa ? 1 : 0
  name  = "expetl-pipeline"
  role  = aws_iam_role.mwaa[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadAirflowBucket"
        Effect   = "Allow"
        Action   = ["s3:GetObject*", "s3:GetBucket*", "s3:List*"]
        Resource = [aws_s3_bucket.data["airflow"].arn, "${aws_s3_bucket.data["airflow"].arn}/*"]
      },
      {
        Sid      = "Stage"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
        Resource = [for b in ["raw", "processed"] : "${aws_s3_bucket.data[b].arn}/${local.stage_prefix}/*"]
      },
      {
        Sid      = "ListStage"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = [for b in ["raw", "processed"] : aws_s3_bucket.data[b].arn]
      },
      {
        Sid      = "Crawlers"
        Effect   = "Allow"
        Action   = ["glue:StartCrawler", "glue:GetCrawler"]
        Resource = [for c in aws_glue_crawler.source : c.arn]
      },
      {
        Sid      = "Alerts"
        Effect   = "Allow"
        Action   = ["sns:Publish"]
        Resource = aws_sns_topic.alerts.arn
      },
      {
        Sid      = "Connections"
        Effect   = "Allow"
        Action   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
        Resource = "arn:${local.partition}:secretsmanager:${var.region}:${local.account}:secret:${var.project}/*"
      },
      {
        Sid      = "Key"
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey*", "kms:Encrypt"]
        Resource = aws_kms_key.expetl.arn
      },
      {
        Sid      = "Logs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:CreateLogGroup", "logs:PutLogEvents", "logs:GetLogEvents", "logs:GetLogRecord", "logs:GetLogGroupFields", "logs:GetQueryResults", "logs:DescribeLogGroups"]
        Resource = "arn:${local.partition}:logs:${var.region}:${local.account}:log-group:airflow-${local.mwaa_name}-*"
      },
      {
        # MWAA's own Celery queues live in an AWS-owned account
        Sid      = "CeleryQueues"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage", "sqs:SendMessage"]
        Resource = "arn:${local.partition}:sqs:${var.region}:*:airflow-celery-*"
      },
      {
        Sid       = "Metrics"
        Effect    = "Allow"
        Action    = ["cloudwatch:PutMetricData"]
        Resource  = "*" # PutMetricData has no resource type; limited to MWAA's namespace below
        Condition = { StringEquals = { "cloudwatch:namespace" = "AmazonMWAA" } }
      },
    ]
  })
}

resource "aws_mwaa_environment" "expetl" {
  count                  = var.enable_mwaa ? 1 : 0
  name                   = local.mwaa_name
  airflow_version        = var.mwaa_airflow_version
  environment_class      = var.mwaa_environment_class
  execution_role_arn     = aws_iam_role.mwaa[0].arn
  source_bucket_arn      = aws_s3_bucket.data["airflow"].arn
  dag_s3_path            = "dags/"
  requirements_s3_path   = "requirements.txt"
  plugins_s3_path        = "plugins.zip"
  startup_script_s3_path = "startup.sh"
  kms_key                = aws_kms_key.expetl.arn
  webserver_access_mode  = "PRIVATE_ONLY"
  min_workers            = 1
  max_workers            = 2
  network_configuration {
    subnet_ids         = var.mwaa_subnet_ids
    security_group_ids = var.mwaa_security_group_ids
  }
  airflow_configuration_options = {
    "secrets.backend"        = "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend"
    "secrets.backend_kwargs" = jsonencode({ connections_prefix = "${var.project}/connections", variables_prefix = "${var.project}/variables" })
    "core.load_examples"     = "false"
  }
  logging_configuration {
    dag_processing_logs {
      enabled   = true
      log_level = "INFO"
    }
    scheduler_logs {
      enabled   = true
      log_level = "INFO"
    }
    task_logs {
      enabled   = true
      log_level = "INFO"
    }
    webserver_logs {
      enabled   = true
      log_level = "WARNING"
    }
    worker_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}
