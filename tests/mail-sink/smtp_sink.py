"""A real SMTP server on loopback for the tests: every message it accepts is written to FOLDER as NNNNN.eml.

Usage: smtp_sink.py FOLDER. Listens on 127.0.0.1 on a free port and prints that port on the first line of
stdout; stops when stdin closes (the test process ends it that way, or by dying). Needs aiosmtpd
(Debian: python3-aiosmtpd, installed by scripts/lib/setup.sh for scripts/test).

The file is complete (written, then renamed) before the server answers 250 to DATA, so once the app's
send returns, the message is on disk: the tests read it without waiting or polling.
"""
import asyncio
import itertools
import os
import sys

from aiosmtpd.smtp import SMTP


class Keep:
    def __init__(self, folder):
        self.folder = folder
        self.numbers = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        path = os.path.join(self.folder, "%05d.eml" % next(self.numbers))
        content = getattr(envelope, "original_content", None) or envelope.content
        with open(path + ".part", "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
        os.replace(path + ".part", path)
        return "250 OK"


async def main(folder):
    loop = asyncio.get_running_loop()
    # One handler for every connection: each connection numbering from 1 again overwrote the last message.
    keep = Keep(folder)
    server = await loop.create_server(lambda: SMTP(keep), "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
