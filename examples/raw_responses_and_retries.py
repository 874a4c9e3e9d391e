"""Raw responses, retries and per-call options, with the request log switched on.

    python examples/raw_responses_and_retries.py

Reads KEITARO_URL and KEITARO_API_KEY. Every request is logged on the `keitaro_ext` logger (retry
lines at INFO, each attempt at DEBUG, never the key). Reads are retried on 408, 429, 5xx and
network failures; a create is never repeated once it may have reached the tracker.
`kt.with_raw_response` gives the HTTP answer beside the parsed model; `timeout=` and
`max_retries=` change one call, `with_options` a whole client over the same connections.
"""

from __future__ import annotations

import logging

from keitaro_ext import Keitaro, KeitaroError, NotFoundError, RateLimitError, RetryPolicy


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("keitaro_ext").setLevel(logging.DEBUG)
    patient = RetryPolicy(max_retries=4, initial_delay=0.2, max_delay=2.0, max_retry_after=30)
    with Keitaro(retry_policy=patient, timeout=20) as kt:
        raw = kt.with_raw_response.campaigns.list()  # retried up to 4 times if the tracker stumbles
        campaigns = raw.parse()  # what kt.campaigns.list() returns
        print(f"{len(campaigns)} campaigns: HTTP {raw.status_code}, {raw.headers.get('content-type')}")
        print(f"answered in {raw.elapsed.total_seconds() * 1000:.0f} ms from {raw.url.path}")

        try:  # this call only: no retries, 5 s for the whole call
            kt.campaigns.get(999_999, timeout=5, max_retries=0)
        except NotFoundError as error:
            print(f"Not found, as expected: {error.status_code}")

        try:
            report = kt.with_options(timeout=120).reports.build("30_days_ago", group_by="day", metrics="clicks")
            print(f"{len(report)} days of clicks")
        except RateLimitError as error:  # the wait the tracker asked for was longer than max_retry_after
            print(f"Rate limited; try again in {error.retry_after} s")
        except KeitaroError as error:
            print(f"Report failed: {error}")


if __name__ == "__main__":
    main()
