"""Facts the client and the CLI share."""

from keitaro_admin_client.facade.operations import RETRY_SAFE_METHODS

# HTTP methods whose repetition cannot duplicate an effect: retried by the transport. Written once, in
# scripts/gen_facade.py, which renders it into the generated operation table beside each operation's flag.
SAFE_METHODS = RETRY_SAFE_METHODS

# Where the client and the CLI look when no base URL or API key is passed.
URL_VARIABLE = "KEITARO_URL"
KEY_VARIABLE = "KEITARO_API_KEY"
