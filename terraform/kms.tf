# One customer-managed key for the stage, logs, Glue, Redshift, secrets and SNS.
# The key policy is written inline: in a key policy "Resource": "*" means this
# key (IAM policy-document checks do not apply to it).
resource "aws_kms_key" "expetl" {
  description             = "${var.project}: stage, catalog, warehouse, secrets, alerts"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        # the account administers the key through IAM (the default key policy)
        Sid       = "AccountAdministers"
        Effect    = "Allow"
        Principal = { AWS = "arn:${local.partition}:iam::${local.account}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        # services that encrypt on our behalf, only for this account
        Sid    = "ServicesUseTheKey"
        Effect = "Allow"
        Principal = { Service = [
          "logs.${var.region}.amazonaws.com", "sns.amazonaws.com", "s3.amazonaws.com",
          "glue.amazonaws.com", "redshift.amazonaws.com", "redshift-serverless.amazonaws.com",
        ] }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
        Resource  = "*"
        Condition = { StringEquals = { "aws:SourceAccount" = local.account } }
      },
    ]
  })
}

resource "aws_kms_alias" "expetl" {
  name          = "alias/${var.project}"
  target_key_id = aws_kms_key.expetl.key_id
}
