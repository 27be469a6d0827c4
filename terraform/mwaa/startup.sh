#!/bin/sh
# MWAA runs this on every container before Airflow starts: the shared
# libraries the expetl extension links against (Amazon Linux 2023 names).
set -e
sudo dnf install -y -q poppler-glib libcurl libpq cjson
