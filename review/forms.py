from django import forms

from review.models import Decision, Opinion, PoliticalError
from review.rules import SCORE_MAX, SCORE_MIN


def _score(label):
    # min/max reach the browser as attributes, so a score out of range is stopped before posting;
    # the same bounds are checked again here and in review.rules.opinion_problems.
    return forms.IntegerField(
        label=label, min_value=SCORE_MIN, max_value=SCORE_MAX,
        help_text=f"{SCORE_MIN}–{SCORE_MAX} 分",
        error_messages={
            "min_value": f"评分须在 {SCORE_MIN}–{SCORE_MAX} 之间。",
            "max_value": f"评分须在 {SCORE_MIN}–{SCORE_MAX} 之间。",
            "invalid": "请填写整数分值。",
            "required": "请填写评分。",
        },
    )


class OpinionForm(forms.ModelForm):
    ideology_score = _score("思想性评分")
    science_score = _score("科学性评分")
    adaptability_score = _score("适应性评分")
    political_error = forms.ChoiceField(
        label="政治性错误检查（必填）", choices=PoliticalError.choices, widget=forms.RadioSelect,
        error_messages={"required": "请完成政治性错误检查。"},
    )

    class Meta:
        model = Opinion
        fields = [
            "ideology_score", "ideology_comment", "science_score", "science_comment",
            "adaptability_score", "adaptability_comment", "political_error",
            "texts_to_replace", "authors_to_replace", "recommendation",
        ]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in (
            "ideology_comment", "science_comment", "adaptability_comment", "texts_to_replace", "authors_to_replace",
        )}


class DeclarationForm(forms.Form):
    no_conflict = forms.TypedChoiceField(
        label="利益冲突声明",
        choices=[("1", "本人与该送审稿不存在利益冲突，承诺客观公正评审"), ("0", "本人与该送审稿存在利益冲突，申请回避")],
        coerce=lambda v: v == "1",
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label="回避说明", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label="谢绝理由", max_length=2000, widget=forms.Textarea(attrs={"rows": 2}),
        help_text="例如：评审期间出差、不熟悉该专业方向。组织单位将另行抽取专家。",
        error_messages={"required": "请填写谢绝理由。"},
    )


class ExtensionForm(forms.Form):
    requested_until = forms.DateField(
        label="申请延期至", widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": "请选择日期。", "invalid": "请填写有效日期（年-月-日）。"},
    )
    reason = forms.CharField(
        label="申请理由", max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "请填写申请延期的理由。"},
    )


class AnnotatedCopyForm(forms.Form):
    file = forms.FileField(
        label="批注稿（DOCX 或图片）",
        help_text="上传前请确认批注中没有您的姓名、单位或联系方式；批注作者等元数据会自动清除。",
        error_messages={"required": "请选择要上传的文件。", "empty": "上传的文件为空。"},
    )


class PoliticalReviewForm(forms.Form):
    passed = forms.TypedChoiceField(
        label="政治把关结论", choices=[("1", "通过"), ("0", "不通过")], coerce=lambda v: v == "1", widget=forms.RadioSelect
    )
    comment = forms.CharField(label="意见", widget=forms.Textarea(attrs={"rows": 3}))


class ProcedureForm(forms.Form):
    panel_size = forms.IntegerField(label="评审专家人数", min_value=1, max_value=99)
    min_categories = forms.IntegerField(label="至少涵盖的专家类别数", min_value=1, max_value=99)
    review_days = forms.IntegerField(label="评审期限（天）", min_value=1, max_value=999)
    trial_records_required = forms.BooleanField(label="教材送审前须有审读与试用记录（第十六条）", required=False)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label="审核结论", choices=Decision.choices, widget=forms.RadioSelect)
    comment = forms.CharField(label="结论说明", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class DrawForm(forms.Form):
    """R5: no seed field: the seed comes from the system's CSPRNG at draw time. A redraw says why."""

    reason = forms.CharField(label="补抽理由（补抽时必填）", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ClearForm(forms.Form):
    copy = forms.IntegerField(widget=forms.HiddenInput)
    extra = forms.CharField(label="补充遮盖内容（每行一项）", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ResponseForm(forms.Form):
    letter = forms.CharField(label="修改说明（逐条回复评审意见，勿署名）", widget=forms.Textarea(attrs={"rows": 8}))


class ChecksForm(forms.Form):
    authors_announced_on = forms.DateField(label="编写人员公示日期（第十三条）", required=False)
    major_topic_reference = forms.CharField(label="重大选题备案文号（第二十一条）", required=False)
    major_topic_filed_on = forms.DateField(label="重大选题备案日期", required=False)


class SelfCheckForm(forms.Form):
    """The publisher's gatekeeping body's 专题自查 (Art. 18); the unit's ChecksForm has no such field."""

    self_check_on = forms.DateField(label="专题自查日期（第十八条）")
    self_check_note = forms.CharField(label="自查结论", widget=forms.Textarea(attrs={"rows": 3}))
