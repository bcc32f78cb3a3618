"""A real HTTP server on 127.0.0.1 standing in for a WeCom / DingTalk group robot.

It records every request (path with query, headers, body) and answers what the test tells it;
``stall`` makes it hold the answer (until the test ends) so a client timeout can be seen.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body.decode("utf-8"))


@dataclass
class Robot:
    status: int = 200
    answer: bytes = b'{"errcode":0,"errmsg":"ok"}'
    stall: bool = False
    received: list[Received] = field(default_factory=list)
    released: threading.Event = field(default_factory=threading.Event)


class RobotServer:
    def __init__(self):
        self.robot = Robot()
        robot = self.robot

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                robot.received.append(
                    Received("POST", self.path, dict(self.headers), self.rfile.read(length))
                )
                if robot.stall:
                    robot.released.wait(timeout=30)
                    return
                self.send_response(robot.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(robot.answer)))
                self.end_headers()
                self.wfile.write(robot.answer)

            def log_message(self, *args):  # keep the test output (and captured logs) clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> RobotServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.robot.released.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
