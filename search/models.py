"""Search state kept in the database: the retry queue of index updates, the embedded index used
when no Elasticsearch server is configured, and the policy texts indexed as the seed corpus."""

from django.db import models


class PendingIndexUpdate(models.Model):
    """An object whose public search document must be (re)written or removed.

    Written in the same transaction as the change itself, so that a change that commits is never
    forgotten even when the search server is down or the process dies before indexing; the row is
    removed only once the index has the object's current state (SPEC §6: nothing lost, nothing stale).
    """

    kind = models.CharField("文档类型", max_length=30)
    object_pk = models.CharField("对象主键", max_length=64)
    attempts = models.PositiveIntegerField("尝试次数", default=0)
    last_error = models.TextField("最近错误", blank=True)
    next_attempt_at = models.DateTimeField("下次尝试时间", db_index=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "待同步索引"
        verbose_name_plural = "待同步索引"
        constraints = [models.UniqueConstraint(fields=["kind", "object_pk"], name="search_pending_unique_object")]

    def __str__(self):
        return f"{self.kind}:{self.object_pk}"


class EmbeddedEntry(models.Model):
    """One public document of the embedded (database) search, the default without Elasticsearch."""

    doc_id = models.CharField("文档编号", max_length=100, unique=True)
    parent = models.CharField("来源对象", max_length=100, db_index=True, default="")
    kind = models.CharField("文档类型", max_length=30, db_index=True)
    title = models.CharField("标题", max_length=300)
    body = models.TextField("正文", blank=True)
    url = models.CharField("链接", max_length=300, blank=True)
    date = models.DateField("日期", null=True, blank=True)
    weight = models.FloatField("权重", default=1.0)
    # Normalised (half-width, lower-case) copies the query's normalised words are matched against.
    title_text = models.CharField("标题检索文本", max_length=300)
    text = models.TextField("检索文本")
    # ISBNs (13 and 10 digits) and major/course codes, space-separated and space-padded: matched as
    # whole tokens or token prefixes, never as substrings of other numbers.
    codes = models.TextField("编码与书号", blank=True, default="")
    related_codes = models.TextField("相关编码", blank=True, default="")  # e.g. a textbook's majors' codes
    warning = models.CharField("提示", max_length=200, blank=True, default="")

    class Meta:
        verbose_name = "检索条目"
        verbose_name_plural = "检索条目"

    def __str__(self):
        return self.title


class EmbeddedFacet(models.Model):
    entry = models.ForeignKey(EmbeddedEntry, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField("分面", max_length=30)
    value = models.CharField("取值", max_length=200)

    class Meta:
        verbose_name = "检索分面值"
        verbose_name_plural = "检索分面值"
        indexes = [models.Index(fields=["name", "value"])]


class PolicyArticle(models.Model):
    """One article (条) of a policy document from the seed corpus, searchable as kind "policy"."""

    document = models.CharField("文件", max_length=200)
    source = models.CharField("来源文件", max_length=200)
    number = models.PositiveIntegerField("序号")
    heading = models.CharField("条目", max_length=200)
    text = models.TextField("正文")
    issued = models.DateField("发布日期", null=True, blank=True)

    class Meta:
        verbose_name = "政策条文"
        verbose_name_plural = "政策条文"
        ordering = ["source", "number"]
        constraints = [models.UniqueConstraint(fields=["source", "number"], name="search_policy_unique_article")]

    def __str__(self):
        return f"{self.document} {self.heading}"


class SearchSynonym(models.Model):
    """A synonym or abbreviation rule the HRSS administrator adds to the shipped dictionary
    (``search/data/synonyms.txt``); see ``search.synonyms`` for the notation."""

    rule = models.CharField(
        "同义词规则",
        max_length=300,
        help_text="用逗号分隔互为同义的词，如“汽修, 汽车维修”；单向写“电器 => 电气”（输入前者时也找后者）。",
    )
    note = models.CharField("说明", max_length=200, blank=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "检索同义词"
        verbose_name_plural = "检索同义词"
        ordering = ["rule"]

    def __str__(self):
        return self.rule

    def clean(self):
        from django.core.exceptions import ValidationError

        from search.synonyms import parse_rule

        try:
            if parse_rule(self.rule) is None:
                raise ValueError("规则不能为空或以 # 开头。")
        except ValueError as error:
            raise ValidationError({"rule": str(error)}) from error
