"""`python build.py serve`: start the preview, rebuild on every change, clean up on Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from redaction.cli import UsageError
from redaction.core import clerk_messages as say
from redaction.pipeline import stderr_log
from redaction.preview.server import PreviewServer, is_loopback, print_outcome
from redaction.preview.session import PreviewSession

LOOPBACK = "127.0.0.1"


def add_parser(commands: argparse._SubParsersAction, date_type) -> None:
    serve = commands.add_parser("serve", help="プレビューを表示する（公開しない）/ preview the site on this PC")
    serve.add_argument("--content", type=Path, default=Path("content"))
    serve.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    serve.add_argument("--port", type=int, default=8000, help="0: 空いているポート / a free port")
    serve.add_argument("--today", type=date_type, default=None, help="YYYY-MM-DD (default: today in Asia/Tokyo)")
    serve.add_argument("--bind", default=LOOPBACK, metavar="ADDR",
                       help="127.0.0.1 以外で待ち受ける（確認用表示は切れます）/ listen on another address "
                            "(turns the review view off)")


def serve(args: argparse.Namespace) -> int:
    """Run until Ctrl+C (or SIGTERM); 0 when stopped, 2 on bad usage."""
    content, config = args.content.resolve(), args.config.resolve()
    if not content.is_dir():
        raise UsageError(say.CLI_NO_CONTENT.line(content=args.content))
    if not config.is_file():
        raise UsageError(say.PREVIEW_NO_CONFIG.line(config=args.config))
    if not 0 <= args.port <= 65535:
        raise UsageError(say.PREVIEW_PORT.line(port=args.port))
    review_on = is_loopback(args.bind)
    session = PreviewSession(content, config, args.today, stderr_log)
    server: PreviewServer | None = None
    try:
        _stop_on_signals()
        if session.folder.is_relative_to(content):
            raise UsageError(say.PREVIEW_TEMP_IN_CONTENT.line())
        server = PreviewServer(session, args.bind, args.port, review_on, print_outcome)
        try:
            url = server.bind()
        except OSError as exc:
            raise UsageError(say.PREVIEW_CANNOT_LISTEN.line(bind=args.bind, port=args.port, error=exc)) from None
        server.rebuild()
        server.start()
        _announce(url, review_on, args.bind)
        server._build_loop()   # rebuilds on every change until Ctrl+C
    except KeyboardInterrupt:
        print("プレビューを終了しました / preview stopped", flush=True)
    finally:
        if server is not None:
            server.stop()
        if not session.close():
            print(say.PREVIEW_TEMP_LEFT.line(folder=session.folder), file=sys.stderr, flush=True)
    return 0


def _announce(url: str, review_on: bool, bind: str) -> None:
    lines = [f"プレビュー / preview: {url}"]
    if review_on:
        lines.append(f"確認用表示 / review view: {url}_sumi/review/（このパソコンだけ / this PC only）")
    else:
        lines.append(f"注意: {bind} で待ち受けています。同じネットワークの他のパソコンから見えます。確認用表示は切ってあります。"
                     f" / listening on {bind}: visible to other computers; the review view is off.")
    lines.append("プレビューからは何も公開されません。Ctrl+C で終了します。 / nothing is published; Ctrl+C stops.")
    print("\n".join(lines), flush=True)


def _stop_on_signals() -> None:
    """Ctrl+C (SIGINT, even where a shell started the preview with it ignored) and SIGTERM end the
    preview through KeyboardInterrupt, so that the private folder is removed."""
    if threading.current_thread() is not threading.main_thread():
        return

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, stop)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, stop)
