"""Known values of `FacebookProxyProtocol`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

FacebookProxyProtocol = Literal["http", "https", "socks5"]

FACEBOOK_PROXY_PROTOCOL_VALUES: frozenset[FacebookProxyProtocol] = frozenset(
    {
        "http",
        "https",
        "socks5",
    }
)


def check_facebook_proxy_protocol(value: str) -> FacebookProxyProtocol:
    return cast(FacebookProxyProtocol, value)
