"""Images the public can see carry nothing but pixels: EXIF (camera owner, phone, GPS), XMP,
IPTC, ICC descriptions, comments and text chunks are removed from Wagtail originals when they
are stored (the admin keeps no avatar photos: cms.accounts), so renditions made from them (Willow copies EXIF into renditions) carry none either.
The EXIF orientation is applied to the pixels first, so a portrait photo stays upright.
"""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageOps

_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}
_IDENTIFYING_INFO = ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc", "icc_profile")


def has_metadata(image: Image.Image) -> bool:
    if image.getexif():
        return True
    if any(key in image.info for key in _IDENTIFYING_INFO):
        return True
    # PNG tEXt/iTXt/zTXt chunks land in .text (Description, Author, ...)
    return bool(getattr(image, "text", None))


def stripped_bytes(source) -> tuple[bytes, str] | None:
    """(bytes without metadata, format) for an image file object, or None when it carries none
    (or is not an image this platform strips: then the caller keeps it as it is)."""
    source.seek(0)
    with Image.open(source) as image:
        image_format = image.format
        if image_format not in _FORMATS or not has_metadata(image):
            source.seek(0)
            return None
        if image_format == "GIF" and getattr(image, "n_frames", 1) > 1:
            # Frames are re-encoded one by one as Pillow reads them; only the comment and XMP
            # (not saved by Pillow's GIF writer) can identify anyone here.
            for key in _IDENTIFYING_INFO:
                image.info.pop(key, None)
            output = io.BytesIO()
            image.save(output, "GIF", save_all=True)
            source.seek(0)
            return output.getvalue(), image_format
        upright = ImageOps.exif_transpose(image)
        output = io.BytesIO()
        options = {}
        if image_format == "JPEG":
            options = {"quality": 95, "subsampling": "keep" if upright is image else 0}
            if upright.mode not in ("RGB", "L", "CMYK"):
                upright = upright.convert("RGB")
        if image_format == "PNG" and "transparency" in image.info:
            options["transparency"] = image.info["transparency"]
        # ICC profiles are dropped too: their description tags are free text (device, owner).
        upright.info = {key: value for key, value in upright.info.items() if key == "transparency"}
        upright.save(output, image_format, **options)
    source.seek(0)
    return output.getvalue(), image_format


def stripped_upload(upload):
    """An uploaded image with its metadata removed (the same object when it had none)."""
    result = stripped_bytes(upload)
    if result is None:
        return upload
    content, _format = result
    name = getattr(upload, "name", "image")
    return SimpleUploadedFile(name, content, content_type=getattr(upload, "content_type", None))


def strip_field_file(field_file) -> bool:
    """Replace a not yet committed image file's content by its stripped bytes (model saves that
    bypass the forms: seed data, services). True when something was removed."""
    if not field_file or field_file._committed:
        return False
    handle = field_file.file
    result = stripped_bytes(handle)
    if result is None:
        return False
    field_file.file = SimpleUploadedFile(field_file.name, result[0])
    field_file.__dict__.pop("_dimensions_cache", None)  # the orientation may have swapped them
    if hasattr(field_file.field, "update_dimension_fields"):
        field_file.field.update_dimension_fields(field_file.instance, force=True)
    return True


def _strip_image(sender, instance, **kwargs):
    if strip_field_file(instance.file):
        instance._set_image_file_metadata()


def connect():
    """Strip on every save of a new original, whichever path stores it (forms, seed data,
    services); the admin's image form strips before Wagtail hashes the file."""
    from django.db.models.signals import pre_save
    from wagtail.images import get_image_model

    pre_save.connect(_strip_image, sender=get_image_model(), dispatch_uid="cms.strip_image_metadata")
