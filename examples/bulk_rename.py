"""Rename many campaigns at once with a batch: add a prefix to every campaign matching a word.

    python examples/bulk_rename.py --match Crypto --prefix "[paused Q3] "

Reads KEITARO_URL and KEITARO_API_KEY. The updates are recorded inside `with kt.batch()` and sent
together when the block ends (concurrently, or through the tracker's batch entrypoint with
`mode="entrypoint"`); each handle then holds its own result or its own typed error.
"""

from __future__ import annotations

import argparse

from keitaro_ext import Keitaro, KeitaroError


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--match", required=True, help="rename campaigns whose name contains this (any case)")
    parser.add_argument("--prefix", required=True)
    args = parser.parse_args(argv)

    with Keitaro() as kt:
        names = {c.id: c.name for c in kt.campaigns.iter() if isinstance(c.name, str)}
        targets = {
            campaign_id: name
            for campaign_id, name in names.items()
            if args.match.lower() in name.lower() and not name.startswith(args.prefix)
        }
        with kt.batch(concurrency=5) as batch:
            handles = {i: batch.campaigns.update(i, name=args.prefix + name) for i, name in targets.items()}
    failed = 0
    for campaign_id, handle in handles.items():
        try:
            print(f"#{campaign_id} -> {handle.result().name!r}")
        except KeitaroError as error:
            failed += 1
            print(f"#{campaign_id} failed: {error}")
    print(f"Renamed {len(handles) - failed} of {len(handles)} campaigns matching {args.match!r}.")


if __name__ == "__main__":
    main()
