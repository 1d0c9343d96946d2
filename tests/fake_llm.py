"""A fake OpenAI-compatible server for the language-model tests: a real HTTP server on
127.0.0.1 answering ``POST /v1/chat/completions`` with canned replies."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    delay: float = 0.0


@dataclass
class FakeLLM:
    """The state of the fake server: the next replies to send and the requests seen."""

    url: str
    replies: list[Reply] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def answer(self, content: str) -> None:
        body = {"choices": [{"message": {"role": "assistant", "content": content}}]}
        self.replies.append(Reply(body=json.dumps(body).encode()))


def serve(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLM]:
    """A real HTTP server on 127.0.0.1 serving ``POST /v1/chat/completions`` (the ``llm``
    fixture of tests/conftest.py)."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            fake.requests.append(
                {
                    "path": self.path,
                    "headers": dict(self.headers),
                    "json": json.loads(self.rfile.read(length)),
                }
            )
            reply = fake.replies.pop(0) if fake.replies else Reply(404, b"no canned reply")
            if reply.delay and fake.stop.wait(reply.delay):
                return
            status = reply.status if self.path == "/v1/chat/completions" else 404
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.handle_error = lambda request, address: None  # type: ignore[method-assign]
    fake = FakeLLM(f"http://127.0.0.1:{server.server_address[1]}/v1/")
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
