"""Strip EXIF, XMP, GPS and the other identifying metadata from images stored before stripping at
upload existed (cms/image_metadata.py): Wagtail originals are rewritten (orientation applied
first), renditions that still carry metadata are deleted so Wagtail makes them again from the
clean original on the next request, and avatars uploaded before the admin showed initials only
are deleted (no avatar is kept: cms/avatars.py)."""

import io
import posixpath

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from PIL import Image, UnidentifiedImageError
from wagtail.images import get_image_model
from wagtail.users.models import UserProfile

from cms.image_metadata import has_metadata, stripped_bytes
from cms.progress import track


def _carries_metadata(field_file) -> bool:
    try:
        with field_file.open("rb") as handle, Image.open(handle) as image:
            return has_metadata(image)
    except (OSError, UnidentifiedImageError, ValueError):
        return False


class Command(BaseCommand):
    help = "清除已存图片（Wagtail 原图及其缩略图、旧头像）中的 EXIF、XMP、GPS 等元数据，并报告处理数量。"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只报告，不修改任何文件")

    def handle(self, *args, dry_run=False, **options):
        images = list(get_image_model().objects.order_by("pk"))
        stripped = {image.pk for image in track(images, "检查图片原图", stream=self.stdout) if self._strip(image, dry_run)}
        renditions = [
            rendition
            for image in images
            for rendition in image.renditions.all()
            if image.pk in stripped or _carries_metadata(rendition.file)
        ]
        for rendition in track(renditions, "删除含元数据的缩略图", stream=self.stdout):
            if not dry_run:
                rendition.delete()  # Wagtail deletes its file; the next request makes a clean one
        avatars = list(UserProfile.objects.exclude(avatar="").exclude(avatar__isnull=True))
        for profile in track(avatars, "删除旧头像", stream=self.stdout):
            if not dry_run:
                profile.avatar.delete(save=True)
        verb = "将" if dry_run else "已"
        self.stdout.write(
            f"共检查 {len(images)} 张原图：{verb}清除 {len(stripped)} 张的元数据；"
            f"{verb}删除 {len(renditions)} 个含元数据的缩略图（访问时自动重新生成）、{len(avatars)} 个旧头像。"
        )

    def _strip(self, image, dry_run) -> bool:
        """Rewrite one original without its metadata; True when it carried some."""
        try:
            with image.file.open("rb") as handle:
                result = stripped_bytes(handle)
        except (OSError, UnidentifiedImageError, ValueError) as exc:
            self.stderr.write(f"无法读取图片 #{image.pk}“{image.title}”：{exc}")
            return False
        if result is None or dry_run:
            return result is not None
        old = image.file
        old_name, storage = old.name, old.storage
        with transaction.atomic():
            image.file = ImageFile(io.BytesIO(result[0]), name=posixpath.basename(old_name))
            image._set_image_file_metadata()
            image.save()
            transaction.on_commit(lambda: storage.delete(old_name))
        return True
