import type { FeatureCatalog } from '../index';

/** Round types in Chinese: the keys of `./en.ts` (which says what they cover), in Chinese's plural forms. */
export const ballots: FeatureCatalog = {
  ballots: {
    kinds: {
      heading: '轮次类型',
      name: {
        dots: '圆点投票',
        heatmap: '热力图投票',
        'straw-poll': '意向投票',
        supervote: '超级投票',
        agreement: '赞同度量表',
      },
      explain: {
        dots: '每人将一定数量的圆点放在自己支持的便签上；便签按圆点数排名。',
        heatmap:
          '每人将小圆点放在自己感兴趣的便签和草图的局部，如有需要可在同一便签上放置多个；结果以热力图呈现，不作排名。',
        'straw-poll': '每人一个大圆点，结果公布前保密：快速了解与会者的倾向。',
        supervote:
          '只有您指定的决策者才能投票，每张超级投票均显示其姓名和姓名缩写；其决定在结果中单独列出，并在报告中列于首位。',
        agreement: '每人对每个选项作出评价，从“强烈反对”到“强烈赞同”，或表示需要更多信息；结果显示各项评价的分布情况。',
      },
    },
    rules: {
      supervotes: '每位决策者的超级投票数',
      noLimit: '不设上限',
      noLimitHint: '每人可放置任意数量的圆点（最多 {{max}} 个）。',
      heatmapStacks: '同一便签上可放置多个圆点：热力图正是借此显示关注的焦点。',
      strawPoll: '每人一个圆点。',
      rated: '评价对象',
      summary: {
        heatmap_other: '热力图投票 · 每人 {{count}} 个圆点 · {{where}}',
        heatmapNoLimit: '热力图投票 · 不设上限 · {{where}}',
        'straw-poll': '意向投票 · 每人一个圆点 · {{where}}',
        supervote_other: '超级投票 · 每位决策者 {{count}} 票 · {{where}}',
        agreement: '赞同度量表 · {{where}}',
      },
    },
    deciders: {
      heading: '决策者',
      hint: '决策者以您为其指定的姓名投票。每位决策者须先在自己的屏幕上表示接受，方可投票。',
      none: '尚未指定决策者。',
      nobody: '目前尚无其他人加入白板。',
      entry: '{{name}}（{{initials}}）：{{status}}',
      accepted: '已接受',
      waiting: '等待其答复',
      remove: '移除',
      removeNamed: '将 {{name}} 从决策者中移除',
      person: '人员',
      yourself: '您本人',
      byCode: '其他人（使用其决策者代码）',
      code: '其决策者代码',
      codeHint: '本白板为匿名白板，不显示任何人的身份。请对方打开“人员”，并向您读出其中显示的决策者代码。',
      codeInvalid: '这不是有效的决策者代码：代码由 22 个字母、数字、“-”或“_”组成。请与对方核对。',
      name: '其超级投票上显示的姓名',
      namePlaceholder: '例如：Amina Diallo',
      add: '指定为决策者',
    },
    consent: {
      heading: '您已被指定为决策者',
      body: '主持人已指定您为本次超级投票的决策者，姓名为“{{name}}”（{{initials}}）。您的超级投票将向本白板上的所有人并在报告中显示您的姓名和姓名缩写。',
      anonymous:
        '本白板为匿名白板，但超级投票并非匿名：超级投票将署上此处给出的姓名。您的便签以及您在其他轮次中放置的圆点仍保持匿名。',
      accept: '接受',
      decline: '拒绝',
      acceptedNotice: '您已成为决策者：您的超级投票会显示您的姓名和姓名缩写。',
      declinedNotice: '您已拒绝。主持人会看到您不是决策者。',
    },
    self: {
      decider: '您是决策者，姓名为“{{name}}”（{{initials}}）。',
      stepDown: '辞去决策者身份',
      codeExplain:
        '如需在本匿名白板上被指定为决策者，请将您的决策者代码告知主持人。请仅在您同意的情况下这样做：超级投票会署名。',
      codeShow: '显示我的决策者代码',
      code: '您的决策者代码：',
    },
    instruction: {
      participant: {
        vote: {
          heatmap_other:
            '请将最多 {{count}} 个小圆点放在您感兴趣的便签局部，如有需要可在同一便签上放置多个。结果公布之前，任何人都看不到投票。',
          heatmapNoLimit: '请将任意数量的小圆点放在您感兴趣的便签局部。结果公布之前，任何人都看不到投票。',
          'straw-poll': '请将您唯一的圆点放在您倾向的选项上。结果公布之前，任何人都看不到投票。',
          supervote: '决策者正在投票。其超级投票一经投出即连同姓名显示在白板上。',
          supervoteDecider_other:
            '您是决策者：请投出您的 {{count}} 张超级投票。投出后所有人都会立即看到，并附有您的姓名和姓名缩写。',
          agreement: '请评价每个选项：在白板上选择一条便签，或使用便签列表。结果公布之前，任何人都看不到评价。',
        },
        results: {
          heatmap: '投票已结束：热力图显示圆点集中之处。',
          'straw-poll': '意向投票已结束。',
          supervote: '决定已经作出：请在“结果”中查看。',
          agreement: '评价已经完成：请在“结果”中查看其分布。',
        },
      },
      facilitator: {
        vote: {
          heatmap: '热力图投票：结果公布前保密；您可以看到已投票的人数。',
          'straw-poll': '意向投票：每人一个圆点，结果公布前保密；您可以看到已投票的人数。',
          supervote: '超级投票：只有已接受的决策者才能投票；您可以看到已投票的人数。投票完毕后，请显示结果。',
          agreement: '赞同度量表：每人评价每个选项；您可以看到已投票的人数。',
        },
        results: {
          heatmap: '投票已结束：请打开热力图，查看圆点集中之处。',
          'straw-poll': '意向投票已结束：所有人都能看到排名。',
          supervote: '决定已经作出：所有人都能看到，并附有决策者姓名。',
          agreement: '评价已经完成：所有人都能看到其分布。',
        },
      },
      projector: {
        vote: {
          heatmap_other: '请在您的设备上投票：每人最多 {{count}} 个小圆点。结果公布之前，任何人都看不到投票。',
          heatmapNoLimit: '请在您的设备上投票：小圆点数量不限。结果公布之前，任何人都看不到投票。',
          'straw-poll': '请在您的设备上参加意向投票：每人一个圆点。结果公布之前，任何人都看不到投票。',
          supervote: '决策者正在各自的设备上投票。',
          agreement: '请在您的设备上评价每个选项。结果公布之前，任何人都看不到评价。',
        },
        results: {
          heatmap: '投票已结束：热力图显示圆点集中之处。',
          'straw-poll': '意向投票已结束。',
          supervote: '决定已经作出。',
          agreement: '评价已经完成。',
        },
      },
    },
    budget: {
      noLimit_other: '已放置 {{count}} 个圆点 · 不设上限',
      rated_other: '您已评价 {{count}} 个选项',
      supervotes: '共 {{total}} 张超级投票，剩余 {{left}} 张',
    },
    phone: {
      rate: '评价',
      rateHint: '轻触一条便签进行评价，或打开便签列表。',
    },
    rate: {
      group: '您对“{{text}}”的评价',
      groupCluster: '您对分组“{{name}}”的评价',
      names: {
        'strongly-disagree': '强烈反对',
        disagree: '反对',
        neutral: '中立',
        agree: '赞同',
        'strongly-agree': '强烈赞同',
        unsure: '不确定／需要更多信息',
      },
      listStatus_other: '请使用每个选项下方的按钮进行评价。您已评价 {{count}} 个选项。',
    },
    spread: {
      dots_other: '{{count}} 个圆点',
      people_other: '{{count}} 人',
      both: '{{dots}}，来自 {{people}}',
      from_other: '来自 {{count}} 人',
    },
    results: {
      roundOption: '{{round}}：{{dots}}',
      decisions: '决定',
      decisionsNamed: '超级投票按设计署有决策者的姓名；每位决策者在投票前均已接受。',
      decider: '{{name}}（{{initials}}）',
      formerDecider: '一位前决策者',
      noDecisions: '尚无决策者投票。',
      heatmapHint: '热力图投票的结果以热力图呈现，不作排名。',
      showHeatmap: '显示热力图',
      agreementHeading: '评价（按赞同程度从高到低）',
      legend: '各项评价的颜色',
      noRatings: '尚无评价。',
      ratingCount: '{{rating}}：{{count}}',
      separator: '，',
      ratings_other: '{{count}} 项评价',
      withheld_other: '在匿名白板上，评价人数少于 {{count}} 人的选项，其评价不予细分。',
    },
    /** The People panel marks deciders. */
    people: {
      decider: '决策者',
      waiting: '已被指定为决策者，尚未答复',
    },
    projector: {
      mostDots: '圆点最多',
    },
  },
};
