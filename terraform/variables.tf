variable "region" {
  description = "AWS region for every resource (sa-east-1 is São Paulo, the closest to Argentina)."
  type        = string
  default     = "sa-east-1"
  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.region))
    error_message = "region must look like sa-east-1."
  }
}

variable "project" {
  description = "Name prefix for every resource; lower case, it becomes part of bucket names."
  type        = string
  default     = "expetl"
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,20}$", var.project))
    error_message = "project must be 3-21 characters: lower-case letters, digits and '-', starting with a letter."
  }
}

variable "tags" {
  description = "Extra tags for every resource."
  type        = map(string)
  default     = {}
}

variable "alert_email" {
  description = "Where SNS sends failure alerts and summaries (the subscription must be confirmed from the e-mail)."
  type        = string
  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.alert_email))
    error_message = "alert_email must be an e-mail address."
  }
}

variable "raw_retention_days" {
  description = "Days raw receipts and reports stay in the stage before they expire (they can be fetched again from Gmail and Mercado Pago)."
  type        = number
  default     = 730
  validation {
    condition     = var.raw_retention_days >= 90
    error_message = "raw_retention_days must be at least 90."
  }
}

variable "redshift_base_capacity" {
  description = "Redshift Serverless base capacity in RPUs (8 to 512, a multiple of 8)."
  type        = number
  default     = 8
  validation {
    condition     = var.redshift_base_capacity >= 8 && var.redshift_base_capacity <= 512 && var.redshift_base_capacity % 8 == 0
    error_message = "redshift_base_capacity must be a multiple of 8 between 8 and 512."
  }
}

variable "redshift_subnet_ids" {
  description = "Private subnets for the Redshift Serverless workgroup: at least three, in three availability zones."
  type        = list(string)
  validation {
    condition     = length(var.redshift_subnet_ids) >= 3
    error_message = "Redshift Serverless needs at least three subnets in three availability zones."
  }
}

variable "redshift_security_group_ids" {
  description = "Security groups for the workgroup (allow 5439 from Airflow only)."
  type        = list(string)
  validation {
    condition     = length(var.redshift_security_group_ids) >= 1
    error_message = "Give at least one security group."
  }
}

variable "webhook_backend_url" {
  description = "HTTPS URL of `expetl webhook serve` (behind a load balancer) that the HTTP API forwards Mercado Pago's notifications to."
  type        = string
  validation {
    condition     = can(regex("^https://[^/]+", var.webhook_backend_url))
    error_message = "webhook_backend_url must be an https:// URL."
  }
}

variable "enable_mwaa" {
  description = "Create an Amazon MWAA environment that installs the expetl wheel (else run the docker image on your own Airflow)."
  type        = bool
  default     = false
}

variable "mwaa_airflow_version" {
  description = "MWAA's Airflow version (an Airflow 3 release MWAA offers)."
  type        = string
  default     = "3.0.6"
  validation {
    condition     = can(regex("^3\\.[0-9]+\\.[0-9]+$", var.mwaa_airflow_version))
    error_message = "The DAGs and provider need Airflow 3 (3.x.y)."
  }
}

variable "mwaa_environment_class" {
  description = "MWAA environment class."
  type        = string
  default     = "mw1.small"
  validation {
    condition     = contains(["mw1.micro", "mw1.small", "mw1.medium", "mw1.large", "mw1.xlarge", "mw1.2xlarge"], var.mwaa_environment_class)
    error_message = "mwaa_environment_class must be one of mw1.micro, mw1.small, mw1.medium, mw1.large, mw1.xlarge, mw1.2xlarge."
  }
}

variable "mwaa_subnet_ids" {
  description = "Two private subnets for MWAA (when enable_mwaa)."
  type        = list(string)
  default     = []
  validation {
    condition     = length(var.mwaa_subnet_ids) == 0 || length(var.mwaa_subnet_ids) == 2
    error_message = "MWAA takes exactly two private subnets."
  }
}

variable "mwaa_security_group_ids" {
  description = "Security groups for MWAA (when enable_mwaa)."
  type        = list(string)
  default     = []
}
