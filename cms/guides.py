"""Short user guides, one per role, in Chinese, served by the site itself (the admin's help menu
and the dashboard panels link here instead of Wagtail's English editor guide)."""

from django.http import Http404
from django.shortcuts import render

GUIDES = {
    "author": ("编写人员", [
        ("编写", "在“课程标准”或“教材版本”中新建或导入 DOCX，按提示补全必填项；保存后可随时修改。"),
        ("送审", "在“送审”页面选择书稿提交审核。编写单位须先登记编写人员公示；有出版单位的，须等出版单位完成专题自查（第十三条、第十八条）。书稿较大的，送审后先在后台匿名化处理，页面显示进度，完成后即送审。"),
        ("跟进", "首页“我的送审稿”列出每份送审稿的阶段和下一步。需要修改的，按专家意见修改后提交修改稿，并逐条回复（勿署名）。"),
        ("批准后", "批准入库的版本被冻结，不能直接修改；确需变更主编等事项的，提交变更申请（第十四条）。"),
    ]),
    "unit_admin": ("编写单位管理员", [
        ("本单位", "维护本单位信息和编写团队；只能看到本单位的内容。"),
        ("送审前核查", "在送审稿页面登记编写人员公示日期、重大选题备案（第十三条、第二十一条）。"),
    ]),
    "gatekeeper": ("出版单位政治把关机构", [
        ("专题自查", "首页“待专题自查的书稿”列出本出版单位待送审的书稿；逐一自查后登记日期和结论（第十八条）。"),
    ]),
    "reviewer": ("审核专家", [
        ("登录", "登录后直接进入审核工作台，不进入管理后台。"),
        ("接受或谢绝", "打开评审邀请，接受并声明无利益冲突，或申请回避、说明理由谢绝（第十九条）。"),
        ("评审", "阅读匿名稿，填写思想性、科学性、适应性评分和意见，完成政治性错误检查。草稿自动保存；可上传批注稿。"),
        ("延期与提交", "确需更多时间的，申请延期；意见提交后不能修改。请勿在任何内容中署名。"),
    ]),
    "political": ("政治审核", [
        ("政治把关", "登录后进入“政治把关”列表，查看匿名稿和专家意见，记录把关结论（第十八条）。"),
    ]),
    "organiser": ("审核组织者", [
        ("匿名化", "送审后先检查遮盖清单，确认遮盖后清理，直到没有身份信息（第二十一条）。"),
        ("抽取与发放", "随机抽取专家（可复现的种子），发放匿名稿；专家回避或谢绝的，再次抽取补足。"),
        ("跟进", "首页列出待结论、待批准的送审稿，逾期未提交意见的专家和待处理的延期申请。"),
        ("结论", "在送审稿页面对比专家评分和意见，作出结论；通过的批准入库。"),
    ]),
    "committee": ("教材选用委员会", [
        ("选用", "按学年、学期、专业新建选用，逐门课程选择目录内教材（第二十八条）。"),
        ("公示与异议", "提交公示后，公示期内逐条答复异议；异议处理完毕方可确定结果（第二十七条）。"),
        ("备案", "确定后向人社部门备案，并生成备案表：在后台任务页面查看进度，完成后下载（第二十九条）。"),
    ]),
    "hrss": ("人社部门管理员", [
        ("监管", "首页列出修订逾期教材和待批准的变更申请；“教材选用监管看板”汇总各校选用情况。"),
        ("停用与抽查", "发布停用通知、负面清单，组织质量抽查（第三十三条至第三十六条）。"),
    ]),
}

ROLE_GUIDES = {
    "编写人员": "author", "编写单位管理员": "unit_admin", "出版单位政治把关": "gatekeeper", "审核专家": "reviewer",
    "审核组织者（国家级）": "organiser", "审核组织者（省级）": "organiser", "政治审核": "political",
    "教材选用委员会": "committee", "人社部门管理员": "hrss",
}


def guide_for(user):
    for name in user.groups.values_list("name", flat=True):
        if name in ROLE_GUIDES:
            return ROLE_GUIDES[name]
    return None


def guide(request, role=None):
    if role is None:
        return render(request, "cms/guide.html", {"guides": GUIDES})
    if role not in GUIDES:
        raise Http404
    title, sections = GUIDES[role]
    return render(request, "cms/guide.html", {"role": role, "title": title, "sections": sections, "guides": GUIDES})
