"""Raster images re-encoded from their pixels only; metadata chunks checked afterwards (R3)."""

from __future__ import annotations

import io
import os
import re
import struct
import tempfile
import warnings

from PIL import Image, ImageOps, ImageSequence

from review.anonymise.core import AnonymiseError, DEFAULT_LIMITS, Limits
from review.anonymise.package import _CFB_MAGIC, Blob, SpooledPart, bytes_of

# --------------------------------------------------------------------------- images

_RASTER_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP")
_IMAGE_EXT = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "TIFF": "tif", "BMP": "bmp"}
_IMAGE_CT = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
    "TIFF": "image/tiff",
    "BMP": "image/bmp",
}


def _detect_image(data: bytes) -> str | None:
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if data[:2] == b"BM" and len(data) > 26:
        return "BMP"
    if len(data) > 44 and data[40:44] == b" EMF":
        return "EMF"
    if data[:4] == b"\xd7\xcd\xc6\x9a" or data[:6] in (b"\x01\x00\x09\x00\x00\x03", b"\x02\x00\x09\x00\x00\x03"):
        return "WMF"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:4096].lower()):
        return "SVG"
    return None


def detect_file_type(data: bytes) -> str:
    """'docx', 'zip', 'cfb', 'pdf', an image format name (JPEG, PNG, ...), or 'unknown'."""
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    if data.startswith(_CFB_MAGIC):
        return "cfb"
    if data.startswith(b"%PDF"):
        return "pdf"
    return _detect_image(data) or "unknown"


def _webp_lossless(data: bytes) -> bool:
    pos = 12
    while pos + 8 <= len(data) and pos < 1 << 16:
        fourcc = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        if fourcc == b"VP8L":
            return True
        if fourcc in (b"VP8 ", b"ANMF"):
            return False
        pos += 8 + size + (size & 1)
    return False


def _fresh_copy(im: Image.Image) -> Image.Image:
    """A new image holding only the pixels (and palette): no info, no EXIF, no tags."""
    new = Image.frombytes(im.mode, im.size, im.tobytes())
    if im.mode in ("P", "PA") and im.palette is not None:
        pal_mode = im.palette.mode
        new.putpalette(im.getpalette(pal_mode), pal_mode)
    return new


def _to_srgb(im: Image.Image) -> Image.Image:
    icc = im.info.get("icc_profile")
    if not icc or im.mode not in ("RGB", "RGBA"):
        return im
    try:
        from PIL import ImageCms

        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        dst = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
        converted = ImageCms.profileToProfile(im, src, dst, outputMode=im.mode)
        return converted if converted is not None else im
    except Exception:  # unusable profile: drop it, keep pixels as they are
        return im


_IMG_SAFE_TRANSPARENCY_MODES = ("P", "L", "LA", "RGB", "1", "I", "I;16")


def _save_params(fmt: str, src: Image.Image, data: bytes) -> dict:
    params: dict = {}
    dpi = src.info.get("dpi")
    if dpi and fmt in ("JPEG", "PNG", "TIFF"):
        try:
            params["dpi"] = (float(dpi[0]), float(dpi[1]))
        except (TypeError, ValueError, IndexError):
            pass
    if fmt == "JPEG":
        params["quality"] = 95
        try:
            from PIL import JpegImagePlugin

            sampling = JpegImagePlugin.get_sampling(src)
            if sampling in (0, 1, 2):
                params["subsampling"] = sampling
        except Exception:
            pass
    elif fmt in ("PNG", "GIF"):
        t = src.info.get("transparency")
        if t is not None and src.mode in _IMG_SAFE_TRANSPARENCY_MODES:
            params["transparency"] = t
    elif fmt == "WEBP":
        if _webp_lossless(data):
            params["lossless"] = True
        else:
            params["quality"] = 95
    elif fmt == "TIFF":
        params["compression"] = "tiff_lzw"
    return params


def _image_error(exc: BaseException) -> AnonymiseError:
    if isinstance(exc, Image.DecompressionBombError):
        return AnonymiseError("图片像素数量过大（疑似解压炸弹），已拒绝处理", "image_bomb")
    return AnonymiseError("图片已损坏或格式无法识别，无法匿名化处理", "image_corrupt")


_IMAGE_EXC = (
    Image.DecompressionBombError,
    Image.UnidentifiedImageError,
    OSError,
    SyntaxError,
    ValueError,
    TypeError,
    IndexError,
    KeyError,
    EOFError,
    struct.error,
    MemoryError,
    ZeroDivisionError,
)


def anonymise_image(data: bytes, max_pixels: int = 40_000_000, *, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Re-encode a raster image from its pixels only.

    Drops EXIF (incl. GPS, Artist, Copyright, XPAuthor), XMP, IPTC/Photoshop
    blocks, PNG tEXt/iTXt/zTXt, JPEG/GIF comments and ICC profiles (RGB images
    with a profile are converted to sRGB so they look the same).  EXIF rotation
    is applied to the pixels.  The format is kept (JPEG, PNG, GIF, WebP, TIFF,
    BMP; animations keep their frames).  Decompression bombs, corrupt and
    unsupported images raise :class:`AnonymiseError`.
    """
    if not data:
        raise AnonymiseError("图片文件为空", "image_corrupt")
    if len(data) > limits.max_image_bytes:
        raise AnonymiseError("图片文件过大，无法处理", "image_bomb")
    fmt = _detect_image(data)
    if fmt not in _RASTER_FORMATS:
        raise AnonymiseError("不支持的图片格式，请上传 JPEG、PNG、GIF 或 WebP 图片", "unsupported_type")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt]) as im:
                w, h = im.size
                if w <= 0 or h <= 0:
                    raise AnonymiseError("图片尺寸无效，无法处理", "image_corrupt")
                if w * h > max_pixels:
                    raise AnonymiseError(f"图片像素数量过大（{w}×{h}，疑似解压炸弹），已拒绝处理", "image_bomb")
                n_frames = getattr(im, "n_frames", 1) or 1
                if n_frames > limits.max_frames or n_frames * w * h > max_pixels * 2:
                    raise AnonymiseError("动画图片帧数过多，已拒绝处理", "image_bomb")
                params = _save_params(fmt, im, data)
                if n_frames == 1:
                    im.load()
                    try:
                        src = ImageOps.exif_transpose(im) or im
                    except _IMAGE_EXC:  # malformed EXIF: it is dropped anyway
                        src = im
                    src = _to_srgb(src)
                    clean = _fresh_copy(src)
                    extra_frames: list[Image.Image] = []
                else:
                    frames, durations, total = [], [], 0
                    for frame in ImageSequence.Iterator(im):
                        fw, fh = frame.size  # pages of a TIFF may differ in size
                        total += fw * fh
                        if fw * fh > max_pixels or total > max_pixels * 2:
                            raise AnonymiseError("图片像素数量过大（疑似解压炸弹），已拒绝处理", "image_bomb")
                        frame.load()
                        frames.append(_fresh_copy(frame))
                        durations.append(int(frame.info.get("duration", 100) or 100))
                    clean, extra_frames = frames[0], frames[1:]
                    params.update(save_all=True, append_images=extra_frames)
                    if fmt in ("GIF", "PNG", "WEBP"):
                        params["duration"] = durations
                        loop = im.info.get("loop", 0)
                        params["loop"] = int(loop) if isinstance(loop, int) else 0
                    if fmt == "GIF":
                        params.pop("transparency", None)
            out = io.BytesIO()
            clean.save(out, format=fmt, **params)
    except AnonymiseError:
        raise
    except _IMAGE_EXC as exc:  # includes Pillow's own bomb error
        raise _image_error(exc) from exc
    except Warning as exc:  # DecompressionBombWarning escalated
        raise AnonymiseError("图片像素数量过大（疑似解压炸弹），已拒绝处理", "image_bomb") from exc
    result = out.getvalue()
    _assert_image_clean(result, fmt)
    return result


# Structural checks on our own output: only pixel-carrying chunks may remain.
_PNG_OK = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND", b"pHYs", b"acTL", b"fcTL", b"fdAT", b"bKGD", b"gAMA", b"sRGB"}
_WEBP_OK = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF"}
_TIFF_OK = {
    254,
    255,
    256,
    257,
    258,
    259,
    262,
    266,
    273,
    277,
    278,
    279,
    282,
    283,
    284,
    296,
    317,
    320,
    322,
    323,
    324,
    325,
    338,
    339,
    530,
    531,
    532,
}


def _gif_blocks_clean(data: bytes) -> bool:
    """Walk GIF blocks: no comment or plain-text extensions, and application
    extensions only for looping (NETSCAPE2.0 / ANIMEXTS1.0)."""

    def skip_sub_blocks(pos: int) -> int:
        while pos < len(data):
            n = data[pos]
            pos += 1
            if n == 0:
                return pos
            pos += n
        return -1

    if len(data) < 13:
        return False
    flags = data[10]
    pos = 13 + (3 * (2 ** ((flags & 7) + 1)) if flags & 0x80 else 0)
    while 0 <= pos < len(data):
        b = data[pos]
        if b == 0x3B:  # trailer
            return True
        if b == 0x21:
            label = data[pos + 1] if pos + 1 < len(data) else -1
            if label in (0xFE, 0x01):  # comment, plain text
                return False
            if label == 0xFF:
                size = data[pos + 2] if pos + 2 < len(data) else 0
                ident = data[pos + 3 : pos + 3 + size]
                if ident not in (b"NETSCAPE2.0", b"ANIMEXTS1.0"):
                    return False
            pos = skip_sub_blocks(pos + 2)
        elif b == 0x2C:  # image descriptor
            lflags = data[pos + 9] if pos + 9 < len(data) else 0
            pos += 10 + (3 * (2 ** ((lflags & 7) + 1)) if lflags & 0x80 else 0)
            pos = skip_sub_blocks(pos + 1)  # LZW minimum code size, then data
        else:
            return False
    return False


def _assert_image_clean(data: bytes, fmt: str) -> None:
    bad = AnonymiseError("图片元数据清除失败，已拒绝处理", "image_metadata")
    if fmt == "JPEG":
        pos = 2
        while pos + 4 <= len(data):
            if data[pos] != 0xFF:
                raise bad
            marker = data[pos + 1]
            if marker == 0xDA:  # start of scan: headers are over
                return
            (seglen,) = struct.unpack(">H", data[pos + 2 : pos + 4])
            payload = data[pos + 4 : pos + 2 + seglen]
            if marker == 0xFE:
                raise bad
            if 0xE0 <= marker <= 0xEF:
                if not (
                    (marker == 0xE0 and payload.startswith(b"JFIF\x00"))
                    or (marker == 0xEE and payload.startswith(b"Adobe"))
                ):
                    raise bad
            pos += 2 + seglen
        raise bad
    if fmt == "PNG":
        pos = 8
        while pos + 8 <= len(data):
            length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
            if ctype not in _PNG_OK:
                raise bad
            pos += 12 + length
        return
    if fmt == "WEBP":
        pos = 12
        while pos + 8 <= len(data):
            fourcc = data[pos : pos + 4]
            (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
            if fourcc not in _WEBP_OK:
                raise bad
            pos += 8 + size + (size & 1)
        return
    if fmt == "GIF":
        if not _gif_blocks_clean(data):
            raise bad
        return
    if fmt == "TIFF":
        with Image.open(io.BytesIO(data)) as im:
            for i in range(getattr(im, "n_frames", 1)):
                im.seek(i)
                if set(im.tag_v2.keys()) - _TIFF_OK:
                    raise bad
        return


# --------------------------------------------------------------------------- large images, streamed

# JPEG segments that carry pixels or how to decode them; every other APPn, COM and extension
# segment (EXIF with GPS and names, XMP, IPTC, ICC, thumbnails) is dropped.
_JPEG_KEEP = frozenset(range(0xC0, 0xD0)) | {0xDA, 0xDB, 0xDD, 0xDE, 0xDF}
_JPEG_NO_LENGTH = frozenset(range(0xD0, 0xD8)) | {0x01}
# A marker inside entropy-coded data: 0xFF followed by anything but stuffing (00), RSTn or fill.
_JPEG_MARKER_RE = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_STREAM_CHUNK = 1 << 20


class _Reader:
    """A file read in chunks with a small look-ahead buffer."""

    def __init__(self, fh):
        self.fh = fh
        self.buf = b""

    def more(self) -> bool:
        chunk = self.fh.read(_STREAM_CHUNK)
        self.buf += chunk
        return bool(chunk)

    def take(self, n: int) -> bytes:
        while len(self.buf) < n and self.more():
            pass
        if len(self.buf) < n:
            raise AnonymiseError("图片已损坏（数据不完整），无法匿名化处理", "image_corrupt")
        out, self.buf = self.buf[:n], self.buf[n:]
        return out


def _jpeg_segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def _copy_entropy_data(reader: _Reader, dst) -> None:
    """Copy a scan's entropy-coded data up to (not including) the next real marker."""
    while True:
        match = _JPEG_MARKER_RE.search(reader.buf)
        if match:
            dst.write(reader.buf[: match.start()])
            reader.buf = reader.buf[match.start():]
            return
        keep = 1 if reader.buf.endswith(b"\xff") else 0
        dst.write(reader.buf[: len(reader.buf) - keep])
        reader.buf = reader.buf[len(reader.buf) - keep:]
        if not reader.more():
            raise AnonymiseError("图片已损坏（缺少结束标记），无法匿名化处理", "image_corrupt")


def _strip_jpeg(src, dst) -> None:
    reader = _Reader(src)
    if reader.take(2) != b"\xff\xd8":
        raise AnonymiseError("图片已损坏或格式无法识别，无法匿名化处理", "image_corrupt")
    dst.write(b"\xff\xd8")
    while True:
        if reader.take(1) != b"\xff":
            raise AnonymiseError("图片已损坏（标记错误），无法匿名化处理", "image_corrupt")
        marker = reader.take(1)[0]
        if marker == 0xFF:  # fill byte before a marker
            reader.buf = b"\xff" + reader.buf
            continue
        if marker == 0xD9:  # end of image: whatever is appended after it is dropped
            dst.write(b"\xff\xd9")
            return
        if marker in _JPEG_NO_LENGTH:
            dst.write(bytes((0xFF, marker)))
            _copy_entropy_data(reader, dst)
            continue
        (length,) = struct.unpack(">H", reader.take(2))
        if length < 2:
            raise AnonymiseError("图片已损坏（段长度错误），无法匿名化处理", "image_corrupt")
        payload = reader.take(length - 2)
        if marker == 0xE0 and payload.startswith(b"JFIF\x00") and len(payload) >= 12:
            dst.write(_jpeg_segment(marker, payload[:12] + b"\x00\x00"))  # no embedded thumbnail
        elif marker == 0xEE and payload.startswith(b"Adobe") and len(payload) >= 12:
            dst.write(_jpeg_segment(marker, payload[:12]))
        elif marker in _JPEG_KEEP:
            dst.write(_jpeg_segment(marker, payload))
        if marker == 0xDA:
            _copy_entropy_data(reader, dst)


def _strip_png(src, dst) -> None:
    if src.read(8) != _PNG_SIGNATURE:
        raise AnonymiseError("图片已损坏或格式无法识别，无法匿名化处理", "image_corrupt")
    dst.write(_PNG_SIGNATURE)
    while True:
        header = src.read(8)
        if len(header) < 8:
            raise AnonymiseError("图片已损坏（缺少结束块），无法匿名化处理", "image_corrupt")
        length, ctype = struct.unpack(">I4s", header)
        keep = ctype in _PNG_OK
        if keep:
            dst.write(header)
        remaining = length + 4  # data and CRC
        while remaining:
            chunk = src.read(min(remaining, _STREAM_CHUNK))
            if not chunk:
                raise AnonymiseError("图片已损坏（数据不完整），无法匿名化处理", "image_corrupt")
            remaining -= len(chunk)
            if keep:
                dst.write(chunk)
        if ctype == b"IEND":  # whatever is appended after it is dropped
            return


def strip_image_stream(blob: Blob, fmt: str, spool: str) -> SpooledPart:
    """A large JPEG or PNG without its metadata, copied in chunks into ``spool``: the pixels are
    not decoded, so memory stays flat whatever the photo's size (R3, issue 12)."""
    strip = {"JPEG": _strip_jpeg, "PNG": _strip_png}[fmt]
    src = open(blob.path, "rb") if isinstance(blob, SpooledPart) else io.BytesIO(blob)
    with src, tempfile.NamedTemporaryFile(dir=spool, delete=False) as dst:
        strip(src, dst)
    size = os.path.getsize(dst.name)
    with open(dst.name, "rb") as fh:
        _assert_image_clean(fh.read(_HEADER_BYTES), fmt)
    return SpooledPart(dst.name, size)


# Headers (tables and frame definitions) of a stripped image fit in this many bytes; the clean-
# check walks them only up to the first scan or the end of the bytes it is given.
_HEADER_BYTES = 1 << 20


def _pixel_count(blob: Blob, fmt: str) -> int:
    src = blob.path if isinstance(blob, SpooledPart) else io.BytesIO(blob)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(src, formats=[fmt]) as im:  # reads the header only
                width, height = im.size
                return width * height * (getattr(im, "n_frames", 1) or 1)
    except _IMAGE_EXC as exc:
        raise _image_error(exc) from exc


def clean_raster(blob: Blob, fmt: str, limits: Limits, spool: str | None) -> Blob:
    """A raster image without metadata.  In memory (``spool`` None) it is re-encoded from its
    pixels as before.  From a path, images up to ``limits.reencode_max_pixels`` are re-encoded,
    larger JPEGs and PNGs have their metadata segments dropped in a stream, and other large
    formats are refused with the reason."""
    if spool is None or _pixel_count(blob, fmt) <= limits.reencode_max_pixels:
        return anonymise_image(bytes_of(blob, limits.max_image_bytes), limits.max_pixels, limits=limits)
    if fmt in ("JPEG", "PNG"):
        return strip_image_stream(blob, fmt, spool)
    megapixels = limits.reencode_max_pixels // 1_000_000
    raise AnonymiseError(
        f"{fmt} 图片超过 {megapixels} 百万像素，无法在不解码的情况下清除元数据，请另存为 JPEG 或 PNG 后重新上传",
        "image_bomb",
    )
