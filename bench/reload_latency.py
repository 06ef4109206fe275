#!/usr/bin/env python3
"""Edit-to-reload latency of a running `policysite serve`.

    reload_latency.py URL PAGE_FILE EDITS

Listens on the server's live-reload stream (URL + "__policysite/events") as an open page
does, then EDITS times appends a sentence to PAGE_FILE and measures the time from the write
(the file closed) to the `reload` event arriving. Prints one line per edit, then
`median <ms> min <ms> max <ms>`. Stdlib only. The file is left with the sentences appended;
the caller restores it.
"""
import http.client
import statistics
import sys
import time
import urllib.parse


def main():
    url, page, edits = sys.argv[1], sys.argv[2], int(sys.argv[3])
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("GET", parts.path + "__policysite/events")
    response = connection.getresponse()
    assert response.status == 200, response.status

    def next_event():
        name = None
        while True:
            line = response.fp.readline().decode()
            if not line:
                raise SystemExit("the event stream ended")
            line = line.rstrip("\n")
            if line.startswith("event:"):
                name = line.split(":", 1)[1].strip()
            elif line == "" and name:
                return name

    times = []
    for i in range(edits):
        time.sleep(0.3)  # a typist's pause; the previous rebuild is long done
        with open(page, "a", encoding="utf-8") as f:
            f.write(f"\nLatency probe sentence {i}.\n")
        start = time.monotonic()
        event = next_event()
        elapsed = (time.monotonic() - start) * 1000
        if event != "reload":
            raise SystemExit(f"edit {i}: got '{event}' instead of reload")
        times.append(elapsed)
        print(f"edit {i + 1}: reload event after {elapsed:.1f} ms", flush=True)
    print(f"median {statistics.median(times):.1f} min {min(times):.1f} max {max(times):.1f}")


if __name__ == "__main__":
    main()
