"""A proxy that lets nothing through and remembers every request a browser sent to it.

The browsers under test use it for every address except loopback, so any request the page
makes to another origin lands here, is refused, and shows up in `requests`.
"""

import socketserver
import threading


class _Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline(8192).decode("latin-1").strip()
        if line:
            self.server.log.record(line)
        self.wfile.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class RefusingProxy:
    """Starts on a free loopback port; `requests` lists the request lines it refused."""

    def __init__(self):
        self._lock = threading.Lock()
        self.requests = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.log = self
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def record(self, line):
        with self._lock:
            self.requests.append(line)

    def take(self):
        """Returns the requests seen so far and forgets them."""
        with self._lock:
            seen, self.requests = self.requests, []
        return seen

    def close(self):
        self._server.shutdown()
        self._server.server_close()
