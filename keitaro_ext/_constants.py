"""Facts the client and the CLI share.

scripts/gen_facade.RETRY_SAFE_METHODS repeats SAFE_METHODS: regen runs without this package.
"""

# HTTP methods whose repetition cannot duplicate an effect: retried by the transport, and marked
# retry-safe in the generated operation table (besides operations the spec marks x-keitaro-retry-safe).
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# Where the client and the CLI look when no base URL or API key is passed.
URL_VARIABLE = "KEITARO_URL"
KEY_VARIABLE = "KEITARO_API_KEY"
