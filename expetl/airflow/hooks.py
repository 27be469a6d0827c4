"""Hooks: read an Airflow connection, hand the native clients what they need.

- ``GmailHook`` (conn type ``gmail``): the authorised-user JSON in the
  password field, or client id (login), client secret (extra) and refresh
  token (password); query, label and link allow-list defaults in extra.
- ``MercadoPagoHook`` (``mercadopago``): the access token in the password,
  the webhook secret and an optional base URL in extra.
- ``ExpetlAwsHook``: an ``aws`` connection through the amazon provider's
  credential chain (keys, assumed role, instance or task role), frozen and
  handed to the C clients (Stage, Glue).
- ``WarehouseHook``: a ``postgres`` or ``redshift`` connection as a libpq URI.

A configuration error (a connection that is not defined or lacks a field, no
AWS credentials) raises ``AirflowFailException`` naming what to set: a retry
cannot fix it, so the task fails at once.
"""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote, urlencode

from airflow.exceptions import AirflowFailException, AirflowNotFoundException
from airflow.sdk.bases.hook import BaseHook

from expetl.core import dialects
from expetl.gmail import DEFAULT_LINKS, DEFAULT_QUERY, Gmail
from expetl.glue import GlueCrawler
from expetl.mercadopago import MercadoPago
from expetl.stage import Stage
from expetl.warehouse import Warehouse

# The default connection ids, defined once (hooks, operators and DAGs use these).
GMAIL_CONN_ID = "gmail_default"
MERCADOPAGO_CONN_ID = "mercadopago_default"
AWS_CONN_ID = "aws_default"
WAREHOUSE_CONN_ID = "expetl_warehouse"
SMTP_CONN_ID = "smtp_default"  # the smtp provider's connection, for e-mail alerts

# how to define each connection, for the messages of a missing one
_HOW = {
    GMAIL_CONN_ID: "airflow connections add gmail_default --conn-type gmail "
                   "--conn-password \"$(cat gmail-token.json)\" (the token from expetl gmail-auth)",
    MERCADOPAGO_CONN_ID: "airflow connections add mercadopago_default --conn-type mercadopago "
                         "--conn-password ACCESS_TOKEN",
    WAREHOUSE_CONN_ID: "AIRFLOW_CONN_EXPETL_WAREHOUSE=postgres://USER@HOST:PORT/DB, or "
                       "airflow connections add expetl_warehouse --conn-type postgres ...",
}


def config_error(message: str) -> AirflowFailException:
    """A configuration error: the task fails at once, without retries."""
    return AirflowFailException(message)


class ConnectionHook(BaseHook):
    """A hook over one connection id; a connection that is not defined is a
    configuration error naming how to define it."""

    conn_attr = ""

    def connection(self) -> Any:
        conn_id = getattr(self, self.conn_attr)
        try:
            return self.get_connection(conn_id)
        except AirflowNotFoundException:
            how = _HOW.get(conn_id, f"airflow connections add {conn_id} ...")
            raise config_error(f"the Airflow connection {conn_id!r} is not defined: set it "
                               f"(AIRFLOW_CONN_{conn_id.upper()} or {how}), or run with the local preset") from None


class GmailHook(ConnectionHook):
    conn_name_attr = conn_attr = "gmail_conn_id"
    default_conn_name = GMAIL_CONN_ID
    conn_type = "gmail"
    hook_name = "Gmail (expetl)"

    @classmethod
    def get_connection_form_widgets(cls) -> dict[str, Any]:
        from flask_appbuilder.fieldwidgets import BS3TextFieldWidget
        from flask_babel import lazy_gettext
        from wtforms import StringField

        return {
            "client_secret": StringField(lazy_gettext("Client secret"), widget=BS3TextFieldWidget()),
            "query": StringField(lazy_gettext("Gmail query"), widget=BS3TextFieldWidget()),
            "label": StringField(lazy_gettext("Label id (history increments)"), widget=BS3TextFieldWidget()),
        }

    @classmethod
    def get_ui_field_behaviour(cls) -> dict[str, Any]:
        return {
            "hidden_fields": ["schema", "port", "host"],
            "relabeling": {"login": "Client id",
                           "password": "Refresh token, or the whole authorised-user JSON"},
            "placeholders": {"query": DEFAULT_QUERY, "label": "Label_123"},
        }

    def __init__(self, gmail_conn_id: str = default_conn_name, **kwargs: Any):
        super().__init__(**kwargs)
        self.gmail_conn_id = gmail_conn_id

    def token_info(self) -> dict[str, Any]:
        conn = self.connection()
        extra = conn.extra_dejson
        secret = conn.password or ""
        if secret.lstrip().startswith("{"):
            try:
                return json.loads(secret)
            except ValueError:
                raise config_error(f"connection {self.gmail_conn_id}: the password is not valid "
                                   "authorised-user JSON") from None
        return {"client_id": conn.login, "client_secret": extra.get("client_secret"), "refresh_token": secret,
                "token": extra.get("token"), "expiry": extra.get("expiry")}

    def get_client(self) -> Gmail:
        extra = self.connection().extra_dejson
        links = extra.get("link_allow") or DEFAULT_LINKS
        try:
            return Gmail(self.token_info(), token_uri=extra.get("token_uri"), api_base=extra.get("api_base"),
                         link_allow=tuple(links.split(",") if isinstance(links, str) else links))
        except ValueError as e:  # a field missing from the token
            raise config_error(f"connection {self.gmail_conn_id}: {e}; set the whole authorised-user JSON "
                               "(expetl gmail-auth) as its password") from None

    def query(self) -> str:
        return self.connection().extra_dejson.get("query") or DEFAULT_QUERY

    def label(self) -> str | None:
        return self.connection().extra_dejson.get("label")

    def refresh_token_expires_at(self) -> str | None:
        """When the refresh token stops working, if known: ``refresh_token_expires_at``
        (an ISO time) in the authorised-user JSON or the extra (Google gives
        testing-mode apps 7-day refresh tokens)."""
        return self.token_info().get("refresh_token_expires_at") or \
            self.connection().extra_dejson.get("refresh_token_expires_at")


class MercadoPagoHook(ConnectionHook):
    conn_name_attr = conn_attr = "mercadopago_conn_id"
    default_conn_name = MERCADOPAGO_CONN_ID
    conn_type = "mercadopago"
    hook_name = "Mercado Pago (expetl)"

    @classmethod
    def get_connection_form_widgets(cls) -> dict[str, Any]:
        from flask_appbuilder.fieldwidgets import BS3PasswordFieldWidget
        from flask_babel import lazy_gettext
        from wtforms import PasswordField

        return {"webhook_secret": PasswordField(lazy_gettext("Webhook secret"), widget=BS3PasswordFieldWidget())}

    @classmethod
    def get_ui_field_behaviour(cls) -> dict[str, Any]:
        return {
            "hidden_fields": ["schema", "port", "login"],
            "relabeling": {"password": "Access token", "host": "Base URL (optional)"},
            "placeholders": {"host": "https://api.mercadopago.com"},
        }

    def __init__(self, mercadopago_conn_id: str = default_conn_name, **kwargs: Any):
        super().__init__(**kwargs)
        self.mercadopago_conn_id = mercadopago_conn_id

    def get_client(self) -> MercadoPago:
        conn = self.connection()
        if not conn.password:
            raise config_error(f"connection {self.mercadopago_conn_id} has no access token: set it as the "
                               "connection's password")
        return MercadoPago(conn.password, conn.host or None)

    def webhook_secret(self) -> str:
        return self.connection().extra_dejson.get("webhook_secret", "")


class ExpetlAwsHook(BaseHook):
    """AWS credentials from the amazon provider, frozen for the C clients."""

    conn_name_attr = "aws_conn_id"
    default_conn_name = AWS_CONN_ID
    conn_type = "aws"
    hook_name = "AWS (expetl: stage, Glue)"

    def __init__(self, aws_conn_id: str | None = AWS_CONN_ID, region_name: str | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.aws_conn_id, self.region_name = aws_conn_id, region_name

    def settings(self, service: str = "s3") -> dict[str, Any]:
        from airflow.providers.amazon.aws.hooks.base_aws import AwsBaseHook

        base = AwsBaseHook(aws_conn_id=self.aws_conn_id, region_name=self.region_name, client_type=service)
        # the whole chain: keys, assumed role, instance or task role; None when nothing supplies any
        found = base.get_session().get_credentials()
        if found is None:
            raise config_error(f"no AWS credentials for {service}: give the connection {self.aws_conn_id!r} "
                               "keys or a role (or set AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY), or use a "
                               "file:// stage (the local preset)")
        creds = found.get_frozen_credentials()
        cfg = base.conn_config
        endpoint = (cfg.extra_config.get("service_config", {}).get(service, {}).get("endpoint_url")
                    or cfg.endpoint_url)
        out = {"region": base.region_name, "endpoint_url": endpoint, "access_key": creds.access_key,
               "secret_key": creds.secret_key, "session_token": creds.token}
        return {k: v for k, v in out.items() if v}

    def stage(self, url: str, processed_url: str | None = None) -> Stage:
        """The stage; ``processed_url`` (empty: under ``url``) holds processed/… apart."""
        s3 = url.startswith("s3://") or (processed_url or "").startswith("s3://")
        return Stage(url, processed_url or None, **(self.settings("s3") if s3 else {}))

    def glue_crawler(self, name: str) -> GlueCrawler:
        return GlueCrawler(name, **self.settings("glue"))


class WarehouseHook(ConnectionHook):
    """A ``postgres`` or ``redshift`` connection → ``expetl.Warehouse``."""

    conn_name_attr = conn_attr = "warehouse_conn_id"
    default_conn_name = WAREHOUSE_CONN_ID
    conn_type = "postgres"
    hook_name = "Warehouse (expetl: PostgreSQL, Redshift)"

    def __init__(self, warehouse_conn_id: str = WAREHOUSE_CONN_ID, **kwargs: Any):
        super().__init__(**kwargs)
        self.warehouse_conn_id = warehouse_conn_id

    def dsn(self) -> str:
        c = self.connection()
        user = quote(c.login or "", safe="")
        auth = f"{user}:{quote(c.password, safe='')}@" if c.password else (f"{user}@" if user else "")
        port = c.port or dialects.get(self.dialect(c)).default_port
        port = f":{port}" if port else ""
        params = {k: v for k, v in c.extra_dejson.items() if k in ("sslmode", "sslrootcert", "connect_timeout",
                                                                   "application_name", "options")}
        query = f"?{urlencode(params)}" if params else ""
        return f"postgresql://{auth}{c.host or ''}{port}/{quote(c.schema or '', safe='')}{query}"

    def dialect(self, conn: Any = None) -> str:
        """The connection type when it names a registered dialect (``redshift``), else ``postgres``."""
        kind = (conn or self.connection()).conn_type
        return kind if kind in dialects.names() else "postgres"

    def get_warehouse(self, schema: str = "expenses") -> Warehouse:
        return Warehouse(self.dsn(), dialect=self.dialect(), schema=schema)
