"""The notebook user's alternative to normgraph's endpoint: rdflib loading the dump and answering the same
queries. Prints JSON: the seconds the load took and, for each query, the seconds of each answer, or the error
where rdflib cannot answer it.

usage: /usr/bin/python3 rdflib_queries.py DUMP.nq.gz TIMES TIMEOUT_SECONDS QUERY.rq...
"""
import gzip
import json
import signal
import sys
import time

from rdflib import Dataset


class TimedOut(Exception):
    pass


def give_up(signum, frame):
    raise TimedOut()


def main(dump, times, timeout, query_files):
    signal.signal(signal.SIGALRM, give_up)
    start = time.perf_counter()
    dataset = Dataset(default_union=True)
    with gzip.open(dump, "rb") as quads:
        dataset.parse(quads, format="nquads")
    loaded = time.perf_counter() - start
    answers = {}
    for path in query_files:
        with open(path, encoding="utf-8") as text:
            query = text.read()
        seconds = []
        try:
            for _ in range(times):
                start = time.perf_counter()
                signal.alarm(timeout)
                rows = list(dataset.query(query))
                signal.alarm(0)
                seconds.append(time.perf_counter() - start)
            answers[path] = {"seconds": seconds, "rows": len(rows)}
        except TimedOut:
            answers[path] = {"error": f"no answer within {timeout} s"}
        except Exception as error:  # rdflib's own failure on a valid SPARQL 1.1 query: reported, not timed
            answers[path] = {"error": f"{type(error).__name__}: {error}"}
    json.dump({"quads": len(dataset), "load_seconds": loaded, "queries": answers}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:])
