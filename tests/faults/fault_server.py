#!/usr/bin/env python3
"""A bad utility server on 127.0.0.1, for fault tests and the soak run.

Every misbehaviour has its own path prefix; whatever follows the prefix is ignored, so an
adapter's base URL can point at a mode (e.g. ELNET's base_url http://127.0.0.1:P/silent asks
/silent/api/Dashboard/GetLiveUpdates). Prints the port on the first line of stdout.

  /good/...                a well-behaved JSON answer with the current time (ELNET's envelope
                           for .../GetLiveUpdates and .../HomeData, otherwise
                           {"balance": B, "grid_kwh": E, "time": "...Z", "note": "..."})
  /silent/...              reads the request and never answers (holds the connection)
  /hang-after-headers/...  sends 200 and the headers (Content-Length 256), then nothing
  /huge/...                100 MiB of JSON with its Content-Length
  /huge-chunked/...        100 MiB of JSON, chunked: no length announced
  /reset/...               announces 64 KiB, sends 98 bytes, then resets the connection (RST)
  /redirect-loop/...       302 to itself, forever
  /bad-utf8/...            the good answer with invalid UTF-8 inside the JSON strings
  /html-200/...            an HTML error page with status 200 (the wrong Content-Type)
  /gzip-bomb/...           Content-Encoding: gzip, about 4 MiB that inflate to 4 GiB of zeros
  /slow-drip/...           the good answer, one byte a second
  /flaky/MODE/...          every other request to the same path answers like /good, the others
                           like /MODE (a flaky server: the poller does not back off for long,
                           so the soak meets the fault about every other second)
  /_stats                  what was asked: per mode, requests, bytes sent, open connections

Standard library only. Usage: fault_server.py [--port 0] [--port-file FILE]
"""

import argparse
import datetime
import json
import select
import socket
import socketserver
import struct
import sys
import threading
import time
import zlib

MODES = ["good", "silent", "hang-after-headers", "huge", "huge-chunked", "reset", "redirect-loop",
         "bad-utf8", "html-200", "gzip-bomb", "slow-drip"]
T0 = 1_700_000_000  # counters grow from here, the same for every meter and every restart

HUGE_BYTES = 100 * 1024 * 1024
BOMB_CHUNK_RAW = 1 << 20  # one MiB of zeros per deflate chunk
BOMB_CHUNKS = 4096        # 4 GiB inflated
HOLD_MAX_SECONDS = 3600   # a held connection ends when the client goes, or after this

STATS_LOCK = threading.Lock()
STATS = {m: {"requests": 0, "bytes_sent": 0, "open": 0} for m in MODES + ["flaky"]}
FLAKY_COUNT = {}


def count(mode, key, n=1):
    with STATS_LOCK:
        STATS[mode][key] += n


def good_values(now):
    elapsed = now - T0
    return {"balance": round(5000.0 - (elapsed % 4_000_000) / 1000.0, 3),
            "grid_kwh": round(1000.0 + elapsed / 2000.0, 3)}


def good_body(path, now, note="ok"):
    v = good_values(now)
    stamp = datetime.datetime.fromtimestamp(now, datetime.timezone.utc)
    if path.endswith("/GetLiveUpdates"):
        data = {"Supply": 0, "PresentLoad": 0.5, "Balance": v["balance"], "EB": v["grid_kwh"], "DG": 1.0,
                "SanctionEB": 5.0, "SanctionDG": 5.0, "Solar": 0.0,
                "UpdatedOn": stamp.strftime("%d-%m-%Y %H:%M:%S")}  # meters in these tests are UTC
        body = {"Status": "Success", "Message": note, "Data": data}
    elif path.endswith("/HomeData"):
        body = {"Status": "Success", "Message": note, "Data": {"EBDGStatus": 0, "MeterBal": v["balance"]}}
    else:
        body = dict(v, time=stamp.strftime("%Y-%m-%dT%H:%M:%SZ"), note=note)
    return json.dumps(body).encode()


def bomb_parts():
    """A gzip member whose deflate stream is one fully flushed block of a MiB of zeros,
    repeated: every repetition is byte for byte the same, so 4 GiB cost nothing to make."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = comp.compress(bytes(BOMB_CHUNK_RAW)) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush(zlib.Z_FINISH)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header, chunk, tail


BOMB_HEADER, BOMB_CHUNK, BOMB_TAIL = bomb_parts()
BOMB_LENGTH = len(BOMB_HEADER) + BOMB_CHUNKS * len(BOMB_CHUNK) + len(BOMB_TAIL) + 8
# CRC-32 of the 4 GiB of zeros (zlib.crc32 over 4096 MiB; fault_server.py --check-bomb
# recomputes it): a constant, so the trailer follows the body at once.
BOMB_CRC = 0xD202EF8D


def bomb_trailer():
    return struct.pack("<II", BOMB_CRC, (BOMB_CHUNKS * BOMB_CHUNK_RAW) & 0xFFFFFFFF)


def check_bomb():
    zeros, crc = bytes(BOMB_CHUNK_RAW), 0
    for _ in range(BOMB_CHUNKS):
        crc = zlib.crc32(zeros, crc)
    return crc == BOMB_CRC


class Handler(socketserver.BaseRequestHandler):
    def setup(self):
        self.mode = None
        self.request.settimeout(30)

    def send(self, data):
        self.request.sendall(data)
        if self.mode:
            count(self.mode, "bytes_sent", len(data))

    def head(self, status, headers):
        reason = {200: "OK", 302: "Found", 404: "Not Found"}.get(status, "Status")
        lines = ["HTTP/1.1 %d %s" % (status, reason)] + ["%s: %s" % h for h in headers] + ["Connection: close"]
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode())

    def hold(self):
        """Keeps the connection open, silent, until the client closes it."""
        self.request.setblocking(True)
        deadline = time.monotonic() + HOLD_MAX_SECONDS
        while time.monotonic() < deadline:
            readable, _, _ = select.select([self.request], [], [], 1.0)
            if readable:
                try:
                    if not self.request.recv(4096):
                        return
                except OSError:
                    return

    def read_request(self):
        data = b""
        while b"\r\n\r\n" not in data:
            part = self.request.recv(65536)
            if not part:
                return None
            data += part
            if len(data) > 1 << 20:
                return None
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target = lines[0].split(" ")[:2]
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        while len(rest) < length:
            part = self.request.recv(65536)
            if not part:
                break
            rest += part
        return method, target, headers

    def handle(self):
        try:
            request = self.read_request()
        except (OSError, ValueError, IndexError):
            return
        if not request:
            return
        method, target, headers = request
        path = target.split("?", 1)[0]
        first = path.strip("/").split("/", 1)[0]
        if first == "_stats":
            with STATS_LOCK:
                body = json.dumps(STATS).encode()
            self.head(200, [("Content-Type", "application/json"), ("Content-Length", len(body))])
            self.send(body)
            return
        if first == "flaky":
            inner = path.strip("/").split("/", 1)[1] if "/" in path.strip("/") else ""
            with STATS_LOCK:
                STATS["flaky"]["requests"] += 1
                n = FLAKY_COUNT[path] = FLAKY_COUNT.get(path, 0) + 1
            path = "/" + inner
            first = "good" if n % 2 else inner.split("/", 1)[0]
        if first not in MODES:
            body = b"no such mode; one of: " + ", ".join(MODES).encode()
            self.head(404, [("Content-Type", "text/plain"), ("Content-Length", len(body))])
            self.send(body)
            return
        self.mode = first
        count(first, "requests")
        count(first, "open")
        try:
            getattr(self, "mode_" + first.replace("-", "_"))(path, headers)
        except OSError:
            pass  # the client gave up: that is what most modes are for
        finally:
            count(first, "open", -1)

    # -- the modes -------------------------------------------------------------------------

    def mode_good(self, path, headers):
        body = good_body(path, int(time.time()))
        self.head(200, [("Content-Type", "application/json"), ("Content-Length", len(body))])
        self.send(body)

    def mode_silent(self, path, headers):
        self.hold()

    def mode_hang_after_headers(self, path, headers):
        self.head(200, [("Content-Type", "application/json"), ("Content-Length", 256)])
        self.hold()

    def huge_pieces(self):
        piece = b"[" + b"1234567890," * 6000 + b"0]\n"  # a valid JSON line, 66 KB
        sent = 0
        while sent < HUGE_BYTES:
            data = piece[: HUGE_BYTES - sent]
            yield data
            sent += len(data)

    def mode_huge(self, path, headers):
        self.head(200, [("Content-Type", "application/json"), ("Content-Length", HUGE_BYTES)])
        for data in self.huge_pieces():
            self.send(data)

    def mode_huge_chunked(self, path, headers):
        self.head(200, [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")])
        for data in self.huge_pieces():
            self.send(b"%x\r\n" % len(data) + data + b"\r\n")
        self.send(b"0\r\n\r\n")

    def mode_reset(self, path, headers):
        self.head(200, [("Content-Type", "application/json"), ("Content-Length", 65536)])
        self.send(b'{"balance": 12.5, "grid_kwh": 1000, "note": "' + b"x" * 53)
        time.sleep(0.2)
        # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
        self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    def mode_redirect_loop(self, path, headers):
        host = headers.get("host", "127.0.0.1")
        self.head(302, [("Location", "http://%s%s" % (host, path)), ("Content-Length", 0)])

    def mode_bad_utf8(self, path, headers):
        body = good_body(path, int(time.time()), note="BAD_UTF8")
        # Lone continuation bytes, an overlong slash and a truncated sequence, inside strings.
        body = body.replace(b"BAD_UTF8", b"caf\xe9 \x80\xbf \xc0\xaf \xed\xa0\x80 \xf0\x9f")
        self.head(200, [("Content-Type", "application/json; charset=utf-8"), ("Content-Length", len(body))])
        self.send(body)

    def mode_html_200(self, path, headers):
        body = (b"<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>"
                b"<h1>Sorry!</h1><p>Our billing system is under maintenance. Please try again later.</p>"
                b"</body></html>\n")
        self.head(200, [("Content-Type", "text/html; charset=iso-8859-1"), ("Content-Length", len(body))])
        self.send(body)

    def mode_gzip_bomb(self, path, headers):
        self.head(200, [("Content-Type", "application/json"), ("Content-Encoding", "gzip"),
                        ("Content-Length", BOMB_LENGTH)])
        self.send(BOMB_HEADER)
        for _ in range(BOMB_CHUNKS):
            self.send(BOMB_CHUNK)
        self.send(BOMB_TAIL + bomb_trailer())

    def mode_slow_drip(self, path, headers):
        body = good_body(path, int(time.time()))
        self.head(200, [("Content-Type", "application/json"), ("Content-Length", len(body))])
        for i in range(len(body)):
            self.send(body[i:i + 1])
            time.sleep(1.0)


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", help="also write the port here (written last, atomically)")
    parser.add_argument("--check-bomb", action="store_true", help="verify the gzip bomb's CRC and exit")
    args = parser.parse_args()
    if args.check_bomb:
        sys.exit(0 if check_bomb() else 1)
    server = Server(("127.0.0.1", args.port), Handler)
    port = server.server_address[1]
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as f:
            f.write("%d\n" % port)
        import os
        os.replace(args.port_file + ".tmp", args.port_file)
    print(port, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
