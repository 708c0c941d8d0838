"""strip_image_metadata: images stored before stripping at upload existed lose their EXIF (the
photographer's name, GPS position), XMP and text chunks, in the original and in every rendition
the public catalogue shows; legacy avatars are deleted (the admin shows initials only)."""

import io
import os

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from PIL import Image
from wagtail.images import get_image_model
from wagtail.users.models import UserProfile

from tests.review import hostile_files as hf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def legacy_image(title, data):
    """An image row whose original on disk is ``data`` as it was uploaded before stripping."""
    image = get_image_model().objects.create(title=title, file=ContentFile(data, name="phone-photo.jpg"))
    name, storage = image.file.name, image.file.storage
    storage.delete(name)
    assert storage.save(name, ContentFile(data)) == name
    return get_image_model().objects.get(pk=image.pk)


def metadata_texts(data):
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        return exif, exif.get_ifd(0x8825), {k: v for k, v in image.info.items() if k not in ("jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi")}


def read(field_file):
    with field_file.open("rb") as handle:
        return handle.read()


def run(*args):
    out = io.StringIO()
    call_command("strip_image_metadata", *args, stdout=out)
    return out.getvalue()


def test_legacy_originals_and_renditions_lose_name_and_gps_and_stay_upright(django_capture_on_commit_callbacks):
    photo = hf.make_jpeg_with_metadata((64, 48), orientation=6)  # a phone held upright
    image = legacy_image("实训车间：数控车床主轴装配", photo)
    exif, gps, _info = metadata_texts(read(image.file))
    assert gps and exif  # the legacy original really carries GPS and the photographer's name
    rendition = image.get_rendition("width-32")
    assert metadata_texts(read(rendition.file))[0]  # Willow copied the EXIF into the rendition
    old_name = image.file.name

    with django_capture_on_commit_callbacks(execute=True):  # the old file goes once the row is saved
        output = run()

    image.refresh_from_db()
    data = read(image.file)
    exif, gps, info = metadata_texts(data)
    assert not exif and not gps and not info
    assert hf.META["xp_author"].encode("utf-16-le") not in data and hf.META["exif_artist"].encode() not in data
    assert (image.width, image.height) == (48, 64)  # orientation applied before EXIF went
    assert image.file_size == len(data) and image.file.name != old_name
    assert not image.file.storage.exists(old_name)
    assert not image.renditions.exists()
    fresh = image.get_rendition("width-32")
    assert not metadata_texts(read(fresh.file))[0]
    assert "检查图片原图" in output and "已清除 1 张的元数据" in output and "已删除 1 个含元数据的缩略图" in output

    assert "已清除 0 张的元数据；已删除 0 个含元数据的缩略图" in run()  # nothing left to do


def test_dry_run_changes_nothing_and_clean_images_are_left_alone():
    legacy = legacy_image("带定位的照片", hf.make_jpeg_with_metadata())
    buffer = io.BytesIO()
    hf.gradient().save(buffer, "PNG")
    clean = get_image_model().objects.create(title="干净的图", file=ContentFile(buffer.getvalue(), name="clean.png"))
    before = {legacy.pk: read(legacy.file), clean.pk: read(clean.file)}
    assert "将清除 1 张的元数据" in run("--dry-run")
    assert {i.pk: read(i.file) for i in get_image_model().objects.all()} == before
    assert "已清除 1 张的元数据" in run()
    clean.refresh_from_db()
    assert read(clean.file) == before[clean.pk]


def test_legacy_avatars_are_deleted(django_user_model):
    user = django_user_model.objects.create_user("zhangjianguo", password="Jigong@2026")
    profile = UserProfile.get_for_user(user)
    profile.avatar.save("avatar.jpg", ContentFile(hf.make_jpeg_with_metadata()), save=True)
    path = profile.avatar.path
    assert os.path.exists(path)
    assert "、1 个旧头像" in run()
    profile.refresh_from_db()
    assert not profile.avatar
    assert not os.path.exists(path)
