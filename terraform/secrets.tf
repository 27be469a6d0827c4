# The Gmail and Mercado Pago credentials, named so that Airflow's Secrets
# Manager backend (configured on MWAA below, or by
# AIRFLOW__SECRETS__BACKEND on your own Airflow) reads them as the connections
# `gmail_default` and `mercadopago_default`.  Values are set after apply (see
# README.md), never in Terraform state.

locals {
  connection_secrets = {
    gmail_default       = "Gmail: the authorised-user JSON from `expetl gmail-auth`, as an Airflow connection"
    mercadopago_default = "Mercado Pago: access token and webhook secret, as an Airflow connection"
  }
}

resource "aws_secretsmanager_secret" "connection" {
  #checkov:skip=CKV2_AWS_57:no rotation Lambda can rotate these: Google refresh tokens and Mercado Pago tokens are issued by their consoles (re-run `expetl gmail-auth`, regenerate in Mercado Pago)
  for_each                = local.connection_secrets
  name                    = "${var.project}/connections/${each.key}"
  description             = each.value
  kms_key_id              = aws_kms_key.expetl.arn
  recovery_window_in_days = 7
}
