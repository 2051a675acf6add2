"""The preview server: MkDocs' own LiveReloadServer (watching, debounced rebuilds, the reload script,
safe static files), with the preview's pages under /_sumi/ and a notice injected into every page.

Everything the server adds — the notice, the error list, the review view — is put into the HTTP
response, never into a file. The review view shows withheld text: it answers only when the server
listens on a loopback address, to a loopback client that names this PC in its Host header (so that
a web page elsewhere cannot read it through DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any

from mkdocs.livereload import LiveReloadServer

from redaction.core import clerk_messages as say
from redaction.preview import pages
from redaction.preview.session import Outcome, PreviewSession, State

StartResponse = Callable[..., Any]
_BODY = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
LOCAL_NAMES = frozenset({"localhost"})
HEADERS = [("Cache-Control", "no-store"), ("Referrer-Policy", "no-referrer"), ("X-Content-Type-Options", "nosniff")]
PRIVATE_HEADERS = [*HEADERS, ("X-Frame-Options", "DENY"), ("X-Robots-Tag", "noindex, nofollow")]


def is_loopback(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip("[]").split("%", 1)[0])
    except ValueError:
        return address.lower() in LOCAL_NAMES
    mapped = getattr(ip, "ipv4_mapped", None)
    return (mapped or ip).is_loopback


def host_is_local(host_header: str, port: int) -> bool:
    """The Host header names this PC (127.0.0.1, ::1, localhost) and the server's port."""
    host, _, given = host_header.rpartition(":") if not host_header.endswith("]") else (host_header, "", "")
    if not host or (given and given != str(port)) or (not given and port != 80):
        return False
    return is_loopback(host)


class PreviewServer(LiveReloadServer):
    def __init__(self, session: PreviewSession, host: str, port: int, review_on: bool,
                 report: Callable[[Outcome], None]) -> None:
        self.session = session
        self.review_on = review_on
        self.report = report
        super().__init__(builder=self.rebuild, host=host, port=port, root=str(session.site))
        self.error_handler = self._not_found

    # ------------------------------------------------------------ life cycle

    def bind(self) -> str:
        """Listen (before the first build, so that a port in use fails at once); the preview's URL."""
        self.server_bind()
        self.server_activate()
        host, port = self.server_address[:2]
        if ipaddress.ip_address(host).is_unspecified:   # every address: this PC reaches it on loopback
            host = "::1" if ":" in host else "127.0.0.1"
        self.url = f"http://{f'[{host}]' if ':' in host else host}:{port}/"
        return self.url

    def rebuild(self) -> None:
        outcome = self.session.rebuild()
        for path in self.session.watched():
            if str(path.resolve()) not in self._watched_paths and path.exists():
                self.watch(str(path))
        self.report(outcome)

    def start(self) -> None:
        """Serve from a thread and watch; the caller then runs `_build_loop` (blocking) until stopped."""
        if self._watched_paths:
            self.observer.start()
        self.serve_thread.start()

    def stop(self) -> None:
        started = self.serve_thread.is_alive()
        self.shutdown(wait=False)
        if started:
            self.serve_thread.join()
        if self.observer.is_alive():
            self.observer.join()

    # ------------------------------------------------------------ requests

    def _serve_request(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes] | None:
        path = environ["PATH_INFO"].encode("latin-1").decode("utf-8", "ignore")
        if path.startswith("/livereload/"):
            return super()._serve_request(environ, start_response)
        with self._epoch_cond:  # never answer from a half-built state
            self._epoch_cond.wait_for(lambda: self._visible_epoch == self._wanted_epoch)
        state = self.session.state
        if path.startswith("/_sumi/"):
            return self._own(path, environ, start_response, state)
        if state.failed and _is_page(path):
            detailed = self._refusal(environ, for_review=False) is None
            return self._page(start_response, pages.error_page(state, path, detailed, self.review_on))
        return self._site(environ, start_response, path, state)

    def _own(self, path: str, environ: dict[str, Any], start_response: StartResponse,
             state: State) -> Iterable[bytes] | None:
        if path in pages.STATIC:
            body = pages.STATIC[path].read_bytes()
            start_response("200 OK", [("Content-Type", "text/css; charset=utf-8"), *HEADERS,
                                      ("Content-Length", str(len(body)))])
            return [body]
        if path == pages.ERRORS:
            if not state.failed:
                start_response("302 Found", [("Location", "/"), *HEADERS])
                return []
            detailed = self._refusal(environ, for_review=False) is None
            return self._page(start_response, pages.error_page(state, "/", detailed, self.review_on))
        if path == pages.LAST_GOOD or path.startswith(pages.LAST_GOOD + "/"):
            inner = path[len(pages.LAST_GOOD):] or "/"
            return self._site({**environ, "PATH_INFO": inner.encode("utf-8").decode("latin-1")}, start_response,
                              inner, state, prefix=pages.LAST_GOOD)
        if path.startswith(pages.REVIEW):
            refusal = self._refusal(environ, for_review=True)
            if refusal is not None:
                return self._page(start_response, pages.refused_page(refusal, self.review_on), "403 Forbidden")
            if state.good is None:
                return self._page(start_response, pages.error_page(state, "/", True, self.review_on))
            name = path[len(pages.REVIEW):]
            html = pages.review_index(state) if name in ("", "index.html") else pages.review_document(state, name)
            return None if html is None else self._page(start_response, html, private=True)
        return None

    def _site(self, environ: dict[str, Any], start_response: StartResponse, path: str, state: State,
              prefix: str = "") -> Iterable[bytes] | None:
        """A file of the last good site, through LiveReloadServer (which adds the reload script to HTML);
        an HTML page gets the preview notice after its <body> tag."""
        captured: list[tuple[str, list[tuple[str, str]]]] = []
        result = super()._serve_request(environ, lambda status, headers, *_: captured.append((status, headers)))
        if result is None:
            return None
        status, headers = captured[0]
        if prefix and status.startswith("302"):
            headers = [(k, prefix + v if k == "Location" else v) for k, v in headers]
        if not (status.startswith("200") and dict(headers).get("Content-Type", "").startswith("text/html")):
            start_response(status, [*headers, *HEADERS])
            return result
        body = b"".join(result)
        getattr(result, "close", lambda: None)()
        notice = pages.notice_for(state.good, _url_path(path), self.review_on)
        if prefix and state.latest is not None and state.good is not None:
            notice = pages.Notice(notice.source, notice.review,
                                  (f"前回の正常なプレビュー（{state.good.at}）", *notice.facts))
        start_response(status, [("Content-Type", "text/html; charset=utf-8"), *HEADERS,
                                ("Content-Length", str(len(body := _with_notice(body, notice))))])
        return [body]

    def _page(self, start_response: StartResponse, html: str, status: str = "200 OK",
              private: bool = False) -> list[bytes]:
        """A page made in memory, with the reload script so that it follows the next rebuild."""
        body = self._inject_js_into_html(html.encode("utf-8"), self._visible_epoch)
        start_response(status, [("Content-Type", "text/html; charset=utf-8"), *(PRIVATE_HEADERS if private else HEADERS),
                                ("Content-Length", str(len(body)))])
        return [body]

    def _not_found(self, code: int) -> bytes | None:
        if code != 404:
            return None
        return self._inject_js_into_html(pages.not_found_page(self.review_on).encode("utf-8"), self._visible_epoch)

    def _refusal(self, environ: dict[str, Any], for_review: bool) -> str | None:
        """Why this request may not see withheld text (None: it may)."""
        if for_review and not self.review_on:
            return say.PREVIEW_REVIEW_OFF.line()
        if not is_loopback(environ.get("REMOTE_ADDR", "")):
            return say.PREVIEW_NOT_THIS_PC.line()
        if not host_is_local(environ.get("HTTP_HOST", ""), self.server_address[1]):
            return say.PREVIEW_HOST.line()
        return None


def _is_page(path: str) -> bool:
    return path.endswith(("/", ".html"))


def _url_path(path: str) -> str:
    """/kojin-joho/2024/2024-05-14/ (or …/index.html) -> kojin-joho/2024/2024-05-14."""
    return path.removesuffix("index.html").strip("/")


def _with_notice(body: bytes, notice: pages.Notice) -> bytes:
    snippet = pages.notice_html(notice).encode("utf-8")
    match = _BODY.search(body)
    at = match.end() if match else 0
    return body[:at] + snippet + body[at:]


def print_outcome(outcome: Outcome) -> None:
    if outcome.failed:
        head = say.PREVIEW_PROBLEMS.line(joined_by="\n", count=len(outcome.problems))
        print(f"[{outcome.at}] {head}", file=sys.stderr, flush=True)
        for item in outcome.problems:
            print(f"  {item.location}: {item.ja}\n      {item.en}", file=sys.stderr, flush=True)
    else:
        print(f"[{outcome.at}] プレビューを更新しました（{outcome.seconds:.1f} 秒）/ preview rebuilt", flush=True)
