"""Exports with names in them leave the desk as password-protected Excel workbooks.

The workbook is encrypted with the Office standard (ECMA-376 Agile Encryption, AES-256, the
password stretched by 100,000 rounds of SHA-512): Excel and LibreOffice ask for the password and
open it; without it the file is noise. The plain workbook only ever exists in the private
temporary folder under the data folder (db/private_files.py) and is deleted as soon as the
encrypted copy is written; after a crash the next start sweeps it.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from msoffcrypto.format.ooxml import OOXMLFile

from desktop.db import Database
from desktop.db.private_files import private_temp_dir
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import Text, ValidationError
from desktop.services.export import ExportRequest, ExportResult, export_data
from desktop.services.jobs import JobControl, atomic_output

MIN_EXPORT_PASSWORD = 10


def encrypt_workbook(plain: Path, out: Path, password: str) -> None:
    """Write `plain` (an .xlsx) to `out` encrypted with `password`; `out` appears complete."""
    with plain.open("rb") as source:
        office = OOXMLFile(source)
        buffer = io.BytesIO()
        office.encrypt(password, buffer)
    with atomic_output(out) as tmp:
        tmp.write_bytes(buffer.getvalue())


def decrypt_workbook(path: Path, password: str) -> bytes:
    """The plain workbook inside an encrypted one. Raises msoffcrypto's InvalidKeyError."""
    with path.open("rb") as source:
        office = OOXMLFile(source)
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    return out.getvalue()


def export_protected(
    *,
    db: Database,
    actor: Actor,
    request: ExportRequest,
    path: Path,
    password: str,
    control: JobControl | None = None,
) -> ExportResult:
    """`export_data` to an encrypted XLSX at `path`.

    Raises ValidationError (not XLSX, password too short), and whatever export_data raises
    (PermissionDenied, Cancelled, ...). No plain copy is left behind.
    """
    if request.fmt != "xlsx":
        raise ValidationError({"format": "Only Excel workbooks (XLSX) can carry a password."})
    if len(password) < MIN_EXPORT_PASSWORD:
        raise ValidationError(
            {
                "password": Text(
                    "Use a password of at least {count} characters.", count=MIN_EXPORT_PASSWORD
                )
            }
        )
    with tempfile.TemporaryDirectory(prefix="export-", dir=private_temp_dir()) as folder:
        plain = Path(folder) / "export.xlsx"
        result = export_data(db=db, actor=actor, request=request, path=plain, control=control)
        encrypt_workbook(plain, path, password)
        plain.unlink()
    with db.write() as session:
        audit.record(session, actor, "export.encrypted", detail={"file": path.name})
    return ExportResult(path=path, rows=result.rows, fields=result.fields)
