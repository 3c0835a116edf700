"""Advisory locks held by the operating system on an open file: shared or exclusive, never waiting.

The OS drops them when the process ends, even after a crash or `kill -9`, so a lock left by a
dead program never keeps anyone out. desktop/db/instance.py (one window per file) and
desktop/db/writers.py (every program that writes, against a restore) build on these two calls.
"""

from __future__ import annotations

import sys
from typing import IO

LOCKED_OFFSET = 1 << 20  # Windows locks a byte range: one far past any note kept in the file

if sys.platform == "win32":  # pragma: no cover - exercised on Windows desks only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    _LOCKFILE_FAIL_IMMEDIATELY = 0x1
    _LOCKFILE_EXCLUSIVE_LOCK = 0x2

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)

    def try_lock(fh: IO[str], *, shared: bool = False) -> bool:
        """Take the lock without waiting; False when another holder is in the way."""
        handle = msvcrt.get_osfhandle(fh.fileno())
        overlapped = _Overlapped(0, 0, LOCKED_OFFSET, 0, None)
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (0 if shared else _LOCKFILE_EXCLUSIVE_LOCK)
        return bool(_kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(overlapped)))

    def unlock(fh: IO[str]) -> None:
        handle = msvcrt.get_osfhandle(fh.fileno())
        overlapped = _Overlapped(0, 0, LOCKED_OFFSET, 0, None)
        _kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(overlapped))

    CONVERTS_IN_PLACE = False  # Windows cannot turn a shared lock into an exclusive one

else:
    import fcntl

    def try_lock(fh: IO[str], *, shared: bool = False) -> bool:
        """Take the lock without waiting; False when another holder is in the way.

        On a file this process already locks, the lock is converted (shared <-> exclusive).
        """
        try:
            fcntl.flock(fh.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    CONVERTS_IN_PLACE = True
