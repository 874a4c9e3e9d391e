"""Retries, per-call options and what a failure looks like, with the request log switched on.

    python examples/retries_and_options.py

Reads KEITARO_URL and KEITARO_API_KEY. Every request is logged on the `keitaro_ext` logger (retry
lines at INFO, each attempt at DEBUG). Reads are retried on 408, 429, 5xx and network failures;
`with_options` gives a client with another timeout or retry budget over the same connections.
A create is never repeated once it may have reached the tracker.
"""

from __future__ import annotations

import logging

from keitaro_ext import Keitaro, KeitaroError, NotFoundError, RateLimitError, RetryPolicy


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("keitaro_ext").setLevel(logging.DEBUG)  # each attempt, status and time; never the key
    patient = RetryPolicy(max_retries=4, initial_delay=0.2, max_delay=2.0, max_retry_after=30)
    with Keitaro(retry_policy=patient, timeout=20) as kt:
        campaigns = kt.campaigns.list()  # retried up to 4 times, with backoff, if the tracker stumbles
        print(f"{len(campaigns)} campaigns")

        impatient = kt.with_options(max_retries=0, timeout=5)  # same pool, no retries, short timeout
        try:
            impatient.campaigns.get(999_999)
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
