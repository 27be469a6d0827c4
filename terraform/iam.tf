# What the roles share: who may assume each (the service principals, only
# for this account) and read access to the processed stage.

locals {
  trusted_services = merge(
    {
      glue          = ["glue.amazonaws.com"]
      redshift_copy = ["redshift.amazonaws.com", "redshift-serverless.amazonaws.com"]
    },
    var.enable_mwaa ? { mwaa = ["airflow.amazonaws.com", "airflow-env.amazonaws.com"] } : {},
  )
  processed_arn = "${aws_s3_bucket.data["processed"].arn}/${local.stage_prefix}/processed"
}

data "aws_iam_policy_document" "assume" {
  for_each = local.trusted_services
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = each.value
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account]
    }
  }
}

data "aws_iam_policy_document" "read_processed" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${local.processed_arn}/*"]
  }
  statement {
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.data["processed"].arn]
    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["${local.stage_prefix}/processed/*"]
    }
  }
  statement {
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.expetl.arn]
  }
}
