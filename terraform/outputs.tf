output "stage_url" {
  description = "The raw stage for the DAGs (EXPETL_STAGE_URL or the stage_url param)."
  value       = "s3://${aws_s3_bucket.data["raw"].bucket}/${local.stage_prefix}"
}

output "processed_stage_url" {
  description = "The processed stage for the DAGs (EXPETL_PROCESSED_STAGE_URL or the processed_stage_url param)."
  value       = "s3://${aws_s3_bucket.data["processed"].bucket}/${local.stage_prefix}"
}

output "kms_key_arn" {
  description = "The key everything is encrypted with."
  value       = aws_kms_key.expetl.arn
}

output "glue_database" {
  description = "Glue Data Catalog database of the processed stage."
  value       = aws_glue_catalog_database.expenses.name
}

output "crawler_names" {
  description = "Crawler per source: EXPETL_CRAWLER_RECEIPTS and EXPETL_CRAWLER_MERCADOPAGO."
  value       = { for k, c in aws_glue_crawler.source : k => c.name }
}

output "redshift_endpoint" {
  description = "Host and port for the expetl_warehouse connection (conn type redshift, database expenses)."
  value       = "${aws_redshiftserverless_workgroup.expetl.endpoint[0].address}:${aws_redshiftserverless_workgroup.expetl.endpoint[0].port}"
}

output "redshift_admin_secret_arn" {
  description = "Secrets Manager secret holding the Redshift admin password (managed by Redshift)."
  value       = aws_redshiftserverless_namespace.expetl.admin_password_secret_arn
}

output "redshift_copy_role_arn" {
  description = "The COPY role (the namespace's default: IAM_ROLE default works)."
  value       = aws_iam_role.redshift_copy.arn
}

output "connection_secret_arns" {
  description = "Secrets to fill with the Gmail and Mercado Pago connections."
  value       = { for k, s in aws_secretsmanager_secret.connection : k => s.arn }
}

output "sns_topic_arn" {
  description = "Airflow Variable expetl_sns_topic_arn."
  value       = aws_sns_topic.alerts.arn
}

output "webhook_url" {
  description = "The notification URL to enter in Mercado Pago's panel."
  value       = "${aws_apigatewayv2_stage.default.invoke_url}mercadopago"
}

output "mwaa_webserver_url" {
  description = "The MWAA UI (private), when enable_mwaa."
  value       = var.enable_mwaa ? aws_mwaa_environment.expetl[0].webserver_url : null
}

output "mwaa_bucket" {
  description = "Where dags/, requirements.txt, plugins.zip and startup.sh go, when enable_mwaa."
  value       = var.enable_mwaa ? aws_s3_bucket.data["airflow"].bucket : null
}
