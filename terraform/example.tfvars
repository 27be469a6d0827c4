# An example: copy to terraform.tfvars and put your own values.
region                      = "sa-east-1"
project                     = "expetl"
alert_email                 = "alerts@example.com"
redshift_subnet_ids         = ["subnet-0aaa1111", "subnet-0bbb2222", "subnet-0ccc3333"]
redshift_security_group_ids = ["sg-0ddd4444"]
webhook_backend_url         = "https://webhook.example.com"
enable_mwaa                 = true
mwaa_subnet_ids             = ["subnet-0aaa1111", "subnet-0bbb2222"]
mwaa_security_group_ids     = ["sg-0eee5555"]
