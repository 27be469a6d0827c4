# Redshift Serverless: the production warehouse.  The admin password is kept
# by Redshift in Secrets Manager (manage_admin_password); the COPY role reads
# the processed bucket only and is the namespace's default (`IAM_ROLE default`).

resource "aws_iam_role" "redshift_copy" {
  name = "${var.project}-redshift-copy"
  # trusted by both principals (iam.tf): provisioned Redshift and Serverless
  # assume COPY roles differently
  assume_role_policy = data.aws_iam_policy_document.assume["redshift_copy"].json
}

data "aws_iam_policy_document" "redshift_copy" {
  source_policy_documents = [data.aws_iam_policy_document.read_processed.json]
  statement {
    actions   = ["s3:GetBucketLocation"]
    resources = [aws_s3_bucket.data["processed"].arn]
  }
}

resource "aws_iam_role_policy" "redshift_copy" {
  name   = "copy-from-processed-stage"
  role   = aws_iam_role.redshift_copy.id
  policy = data.aws_iam_policy_document.redshift_copy.json
}

resource "aws_redshiftserverless_namespace" "expetl" {
  namespace_name        = var.project
  db_name               = "expenses"
  admin_username        = "expetl_admin"
  manage_admin_password = true
  kms_key_id            = aws_kms_key.expetl.arn
  iam_roles             = [aws_iam_role.redshift_copy.arn]
  default_iam_role_arn  = aws_iam_role.redshift_copy.arn
  log_exports           = ["userlog", "connectionlog", "useractivitylog"]
}

resource "aws_redshiftserverless_workgroup" "expetl" {
  namespace_name       = aws_redshiftserverless_namespace.expetl.namespace_name
  workgroup_name       = var.project
  base_capacity        = var.redshift_base_capacity
  publicly_accessible  = false
  enhanced_vpc_routing = true
  subnet_ids           = var.redshift_subnet_ids
  security_group_ids   = var.redshift_security_group_ids
  config_parameter {
    parameter_key   = "require_ssl"
    parameter_value = "true"
  }
}
