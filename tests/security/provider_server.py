#!/usr/bin/env python3
"""A JSON meter service on 127.0.0.1 for the secret scan: /ok answers with a reading only when
the bearer token and the password arrive; /echo answers 500 with the request's credentials in
its body, as a careless server would; GET /hostile answers a reading whose strings are SQL. Every request's credentials are counted in COUNT_FILE
(how many requests carried them), never written out. Prints its port."""
import http.server
import json
import os
import sys

token, password, count_file = sys.argv[1], sys.argv[2], sys.argv[3]
seen = 0


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        global seen
        body = self.rfile.read(int(self.headers.get('Content-Length', 0))).decode('utf-8', 'replace')
        authorised = self.headers.get('Authorization') == f'Bearer {token}' and password in body
        if authorised:
            seen += 1
            # Replaced whole, never truncated in place: the scan may read it while a late
            # request (a poll still finishing) is being counted.
            with open(count_file + '.tmp', 'w') as f:
                f.write(str(seen))
            os.replace(count_file + '.tmp', count_file)
        if self.path == '/ok' and authorised:
            reply, status = json.dumps({'data': {'balance': 812.5, 'kwh': 1000 + seen * 0.01}}), 200
        else:
            reply = json.dumps({'error': f'bad credentials: {self.headers.get("Authorization")} {body}'})
            status = 500
        data = reply.encode()
        self.send_response(status)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)


HOSTILE = json.dumps({'data': {'balance': 77.5, 'kwh': 5.25, 'time': "2026-01-01'); DROP TABLE readings; --",
                                'source': "grid'); DELETE FROM meters; --"}})


def get(self):
    data = HOSTILE.encode()
    self.send_response(200)
    self.send_header('Content-Type', 'application/json')
    self.send_header('Content-Length', str(len(data)))
    self.end_headers()
    self.wfile.write(data)


Handler.do_GET = get
server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
