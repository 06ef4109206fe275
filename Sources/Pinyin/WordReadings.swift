/// Readings of words whose characters have more than one reading, so that 银行 is checked
/// as yínháng and not yínxíng. Kept by hand: it covers every polyphonic character of the
/// site's glossary (`python3 scripts/word-coverage.py` lists any it misses; add the word here). Tone numbers, one
/// syllable per character; 5 is the neutral tone.
extension Readings {
    public static let words: [String: String] = [
        "银行": "yin2 hang2", "行业": "hang2 ye4", "行长": "hang2 zhang3", "运行": "yun4 xing2",
        "发行": "fa1 xing2", "行动": "xing2 dong4", "执行": "zhi2 xing2", "进行": "jin4 xing2",
        "长期": "chang2 qi1", "中长期": "zhong1 chang2 qi1", "增长": "zeng1 zhang3", "长远": "chang2 yuan3",
        "重点": "zhong4 dian3", "重大": "zhong4 da4", "重要": "zhong4 yao4", "重组": "chong2 zu3",
        "供应链": "gong1 ying4 lian4", "供应": "gong1 ying4", "供给": "gong1 ji3", "提供": "ti2 gong1",
        "知识": "zhi1 shi5", "知识产权": "zhi1 shi5 chan3 quan2",
        "协调": "xie2 tiao2", "调整": "tiao2 zheng3", "调控": "tiao2 kong4", "调查": "diao4 cha2",
        "发展": "fa1 zhan3", "开发": "kai1 fa1", "头发": "tou2 fa5",
        "债券": "zhai4 quan4", "仓单": "cang1 dan1", "单位": "dan1 wei4", "订单": "ding4 dan1",
        "还款": "huan2 kuan3", "偿还": "chang2 huan2",
        "中国": "zhong1 guo2", "中央": "zhong1 yang1", "中试": "zhong1 shi4", "中小企业": "zhong1 xiao3 qi3 ye4",
        "着力": "zhuo2 li4", "率先": "shuai4 xian1", "效率": "xiao4 lv4", "利率": "li4 lv4",
        "数据": "shu4 ju4", "大数据": "da4 shu4 ju4", "数字": "shu4 zi4", "数字化": "shu4 zi4 hua4",
        "参与": "can1 yu4", "相关": "xiang1 guan1", "空间": "kong1 jian1", "处理": "chu3 li3",
        "传统": "chuan2 tong3", "干预": "gan1 yu4", "骨干": "gu3 gan4", "差异": "cha1 yi4",
        "创新": "chuang4 xin1", "创业": "chuang4 ye4", "首创": "shou3 chuang4",
        "积分": "ji1 fen1", "分配": "fen1 pei4", "部分": "bu4 fen5", "绿色": "lv4 se4", "一月一链": "yi1 yue4 yi1 lian4",
        "委员会": "wei3 yuan2 hui4", "会议": "hui4 yi4", "会计": "kuai4 ji4",
        "作为": "zuo4 wei2", "因为": "yin1 wei4", "为了": "wei4 le5",
        "了解": "liao3 jie3", "得到": "de2 dao4", "觉得": "jue2 de5", "地方": "di4 fang1",
        "便利": "bian4 li4", "似的": "shi4 de5", "目的": "mu4 di4",
        "北京": "bei3 jing1", "绍兴": "shao4 xing1", "浙江": "zhe4 jiang1", "兴业": "xing1 ye4", "新兴": "xin1 xing1",
        "兴趣": "xing4 qu4", "高兴": "gao1 xing4",
        "薄弱": "bo2 ruo4", "内卷": "nei4 juan3", "卷入": "juan3 ru4",
        "先立后破": "xian1 li4 hou4 po4", "集中力量办大事": "ji2 zhong1 li4 liang4 ban4 da4 shi4",
        "担保": "dan1 bao3", "承担": "cheng2 dan1", "负担": "fu4 dan1",
        "模式": "mo2 shi4", "规模": "gui1 mo2", "模样": "mu2 yang4",
        "种子": "zhong3 zi5", "种植": "zhong4 zhi2", "各种": "ge4 zhong3",
        "落实": "luo4 shi2", "降低": "jiang4 di1", "投降": "tou2 xiang2",
        "朝阳": "zhao1 yang2", "曾经": "ceng2 jing1",
        "工业和信息化部": "gong1 ye4 he2 xin4 xi1 hua4 bu4", "国家发展和改革委员会": "guo2 jia1 fa1 zhan3 he2 gai3 ge2 wei3 yuan2 hui4",
        "国家": "guo2 jia1", "改革": "gai3 ge2", "改革委": "gai3 ge2 wei3", "中科院": "zhong1 ke1 yuan4", "平台": "ping2 tai2",
        "上海": "shang4 hai3", "交通": "jiao1 tong1", "大学": "da4 xue2", "交大": "jiao1 da4", "经济": "jing1 ji4",
        "经济与管理": "jing1 ji4 yu3 guan3 li3", "观察": "guan1 cha2", "联盟": "lian2 meng2", "欧盟": "ou1 meng2",
        "浙江省": "zhe4 jiang1 sheng3", "工作": "gong1 zuo4", "工业化": "gong1 ye4 hua4", "证券化": "zheng4 quan4 hua4",
        "产业化": "chan3 ye4 hua4", "工程化": "gong1 cheng2 hua4", "通道": "tong1 dao4", "创投": "chuang4 tou2",
        "应收": "ying4 shou1", "结构": "jie2 gou4", "结构性": "jie2 gou4 xing4", "上市": "shang4 shi4", "市场": "shi4 chang3",
        "发债": "fa1 zhai4", "并购": "bing4 gou4", "智能": "zhi4 neng2", "质量": "zhi4 liang4", "高质量": "gao1 zhi4 liang4",
        "计划": "ji4 hua4", "核心": "he2 xin1", "脱核": "tuo1 he2", "技术": "ji4 shu4", "社会": "she4 hui4", "研发": "yan2 fa1",
        "智能化": "zhi4 neng2 hua4", "绿色化": "lv4 se4 hua4", "高端化": "gao1 duan1 hua4", "转型": "zhuan3 xing2",
        "新一代": "xin1 yi1 dai4", "一刀切": "yi1 dao1 qie1", "工厂": "gong1 chang3", "网络": "wang3 luo4",
        "死亡之谷": "si3 wang2 zhi1 gu3", "最后一公里": "zui4 hou4 yi1 gong1 li3", "龙头": "long2 tou2", "间接": "jian4 jie1",
        "协同": "xie2 tong2", "宏观": "hong2 guan1",
    ]

    /// Characters in the longest word.
    static let longestWord = words.keys.map(\.count).max() ?? 2

    /// `words` parsed into syllables.
    static let wordSyllables: [String: [Syllable]] = words.mapValues { reading in
        reading.split(separator: " ").map { Syllable(numbered: $0)! }
    }
}
