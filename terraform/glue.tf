# The Glue Data Catalog over the processed stage: one database, one crawler per
# source (receipts, Mercado Pago).  expetl's GlueCrawlerOperator starts them
# after each load; they have no schedule of their own.

resource "aws_glue_catalog_database" "expenses" {
  name        = replace("${var.project}_expenses", "-", "_")
  description = "expetl: processed receipts and Mercado Pago movements"
}

resource "aws_glue_data_catalog_encryption_settings" "this" {
  data_catalog_encryption_settings {
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.expetl.arn
    }
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = aws_kms_key.expetl.arn
    }
  }
}

resource "aws_glue_security_configuration" "expetl" {
  name = "${var.project}-crawlers"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.expetl.arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.expetl.arn
    }
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = aws_kms_key.expetl.arn
    }
  }
}

locals {
  crawlers = {
    receipts    = "${local.stage_prefix}/processed/receipts/"
    mercadopago = "${local.stage_prefix}/processed/mercadopago/"
  }
}

resource "aws_glue_crawler" "source" {
  for_each               = local.crawlers
  name                   = "${var.project}-${each.key}"
  database_name          = aws_glue_catalog_database.expenses.name
  role                   = aws_iam_role.glue.arn
  security_configuration = aws_glue_security_configuration.expetl.name
  table_prefix           = "${each.key}_"
  s3_target {
    path = "s3://${aws_s3_bucket.data["processed"].bucket}/${each.value}"
  }
  recrawl_policy {
    recrawl_behavior = "CRAWL_NEW_FOLDERS_ONLY"
  }
  schema_change_policy {
    delete_behavior = "LOG"
    update_behavior = "UPDATE_IN_DATABASE"
  }
  configuration = jsonencode({
    Version  = 1.0
    Grouping = { TableGroupingPolicy = "CombineCompatibleSchemas" }
  })
}

resource "aws_iam_role" "glue" {
  name               = "${var.project}-glue-crawler"
  assume_role_policy = data.aws_iam_policy_document.assume["glue"].json
}

resource "aws_iam_role_policy_attachment" "glue_service" {
  role       = aws_iam_role.glue.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AWSGlueServiceRole"
}

data "aws_iam_policy_document" "glue" {
  source_policy_documents = [data.aws_iam_policy_document.read_processed.json]
  # the security configuration encrypts the crawlers' logs with the key
  statement {
    actions   = ["kms:GenerateDataKey", "kms:Encrypt"]
    resources = [aws_kms_key.expetl.arn]
  }
  statement {
    actions   = ["logs:AssociateKmsKey"]
    resources = ["arn:${local.partition}:logs:${var.region}:${local.account}:log-group:/aws-glue/crawlers-role/*"]
  }
}

resource "aws_iam_role_policy" "glue_read_processed" {
  name   = "read-processed-stage"
  role   = aws_iam_role.glue.id
  policy = data.aws_iam_policy_document.glue.json
}
