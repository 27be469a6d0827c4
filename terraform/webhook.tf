# The public endpoint Mercado Pago posts report notifications to: an HTTP API
# that forwards to `expetl webhook serve`.  The receiver authenticates every
# notification (bcrypt signature or x-signature HMAC, constant-time compare)
# and answers 401 otherwise; the API adds throttling and access logs.

resource "aws_apigatewayv2_api" "webhook" {
  name          = "${var.project}-webhook"
  protocol_type = "HTTP"
  description   = "Mercado Pago report notifications → expetl webhook receiver"
}

resource "aws_apigatewayv2_integration" "receiver" {
  api_id               = aws_apigatewayv2_api.webhook.id
  integration_type     = "HTTP_PROXY"
  integration_method   = "POST"
  integration_uri      = "${trimsuffix(var.webhook_backend_url, "/")}/mercadopago"
  timeout_milliseconds = 10000
}

resource "aws_apigatewayv2_route" "notification" {
  #checkov:skip=CKV_AWS_309:Mercado Pago cannot send API credentials; each notification is authenticated by its signature in the receiver (401 when wrong)
  api_id             = aws_apigatewayv2_api.webhook.id
  route_key          = "POST /mercadopago"
  target             = "integrations/${aws_apigatewayv2_integration.receiver.id}"
  authorization_type = "NONE"
}

resource "aws_cloudwatch_log_group" "webhook" {
  name              = "/aws/apigateway/${var.project}-webhook"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.expetl.arn
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.webhook.id
  name        = "$default"
  auto_deploy = true
  default_route_settings {
    throttling_burst_limit = 20
    throttling_rate_limit  = 10
  }
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.webhook.arn
    format = jsonencode({
      requestId = "$context.requestId", ip = "$context.identity.sourceIp", time = "$context.requestTime",
      route     = "$context.routeKey", status = "$context.status", latency = "$context.integrationLatency"
    })
  }
}
