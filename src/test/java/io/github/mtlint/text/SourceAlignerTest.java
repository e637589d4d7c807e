package io.github.mtlint.text;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Alignment;
import io.github.mtlint.model.AlignmentKind;
import io.github.mtlint.model.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceAlignerTest {

    private final SourceAligner aligner = new SourceAligner();

    private static Document target(String text) {
        return Fixtures.analyzer().analyze(SourceText.of("t", text));
    }

    @Test
    void equalLineCountsAreLineAligned() {
        String source = "国务院副总理何立峰9月14日在北京会见了客人。\n\n双方就经贸合作交换了意见。\n";
        Document target = target("Vice Premier He Lifeng met the guests in Beijing on September 14.\n\nThe two sides exchanged views on trade.\n");
        Alignment alignment = aligner.align(target, source);
        assertEquals(AlignmentKind.LINES, alignment.kind());
        assertEquals(2, alignment.segments().size());
        AlignedSegment second = alignment.segments().get(1);
        assertEquals("The two sides exchanged views on trade.", target.text(second.target()));
        assertEquals("双方就经贸合作交换了意见。", second.source().of(source));
        assertEquals(1.0, second.confidence());
    }

    @Test
    void unequalLinesAreAlignedBySentenceAndAnOmittedSentenceHasNoTarget() {
        String source = "国务院副总理何立峰9月14日在北京会见了乌兹别克斯坦代表团。双方就经贸合作交换了意见。"
                + "会谈结束后，双方签署了12项合作协议，涉及能源、农业和交通等领域。今年前八个月双边贸易额增长了35%。";
        Document target = target("Vice Premier He Lifeng met a delegation from Uzbekistan in Beijing on September 14. "
                + "The two sides exchanged views on economic and trade cooperation.\n"
                + "In the first eight months of this year, bilateral trade grew by 35%.");
        Alignment alignment = aligner.align(target, source, "zh");
        assertEquals(AlignmentKind.SENTENCES, alignment.kind());
        List<AlignedSegment> omitted = alignment.segments().stream().filter(s -> s.target().isEmpty()).toList();
        assertEquals(1, omitted.size(), alignment.toString());
        assertTrue(omitted.get(0).source().of(source).startsWith("会谈结束后"), alignment.toString());
        AlignedSegment last = alignment.segments().get(alignment.segments().size() - 1);
        assertTrue(target.text(last.target()).startsWith("In the first eight months"));
        assertTrue(last.source().of(source).startsWith("今年前八个月"));
        assertTrue(last.confidence() > 0.3, "confidence " + last.confidence());
    }

    @Test
    void aPairThatNoOtherAlignmentExplainsIsConfidentThoughItsLengthsAndNumbersDiffer() {
        // one source line has no translation, so the sides are not line-aligned; the pairs around the gap are still
        // the only way to align the rest, whatever their lengths and however wrong their numbers
        String source = "北京对违规开展学科类培训的校外培训机构处以罚款\n"
                + "新华社北京8月26日电 北京市教育委员会26日表示，北京市教育部门对12家暑期违规开班的校外培训机构共处以罚款135万元。\n"
                + "其中最大一笔罚款30万元，针对的是海淀区一家由张某某经营的机构。\n"
                + "检查人员发现，该机构在租赁的公寓内为460名初中生开设数学和物理课程，课程从7月持续到8月。\n"
                + "家长为一门10天的课程最多支付8800元。\n"
                + "自2021年起，我国禁止面向义务教育阶段学生开展营利性学科类培训。\n"
                + "市教委有关负责人提醒家长通过12345热线举报违规行为。\n";
        Document target = target("Beijing fines tutoring centers for violating after-school rules\n"
                + "BEIJING, Aug. 26 (Xinhua) -- Beijing's education authorities have fined 12 off-campus tutoring centers a "
                + "total of 13.5 million yuan for offering unapproved classes during the summer vacation, the Beijing "
                + "Municipal Education Commission said Tuesday.\n"
                + "The largest fine, 30,000 yuan, was imposed on a center in Haidian District run by Zhang Moumou.\n"
                + "Inspectors found that the center had offered mathematics and physics classes to 460 middle school "
                + "students in rented apartments, and the classes ran from July to August.\n"
                + "Since 2012, China has banned for-profit tutoring in core school subjects for students in compulsory education.\n"
                + "The relevant person in charge of the commission urged parents to report violations through the 12345 hotline.\n");
        Alignment alignment = aligner.align(target, source, "zh");
        assertEquals(AlignmentKind.SENTENCES, alignment.kind());
        // more likely right than wrong, each of them: the rules judge pairs from 0.5 (accuracy.number from 0.6)
        for (AlignedSegment segment : alignment.segments()) {
            if (!segment.target().isEmpty()) {
                assertTrue(segment.confidence() > 0.5, segment.source().of(source) + ": " + segment.confidence());
            }
        }
        AlignedSegment largestFine = alignment.segments().get(2);
        assertTrue(target.text(largestFine.target()).startsWith("The largest fine"), alignment.toString());
        assertTrue(largestFine.confidence() >= 0.6, alignment.toString());
    }

    @Test
    void sourceSentencesSplitAfterTerminatorsAndClosingQuotes() {
        String text = "他说：“我们会来。”随后离开。\n第二行没有句号";
        List<String> sentences = SourceAligner.sourceSentences(text).stream().map(s -> s.of(text)).toList();
        assertEquals(List.of("他说：“我们会来。”", "随后离开。", "第二行没有句号"), sentences);
    }

    @Test
    void threeClausesOfTheSourceMayBeOneSentenceOfTheTarget() {
        String source = "分产业看，第一产业增加值11538亿元，同比增长3.3%；第二产业增加值109846亿元，增长6.0%；"
                + "第三产业增加值174915亿元，增长5.0%。\n国家统计局副局长盛来运表示，一季度国民经济实现良好开局。";
        Document target = target("The primary industry's value-added came in at 1.15 trillion yuan, up 3.3 percent, while that "
                + "of the secondary industry was 10.98 trillion yuan, up 6 percent, and that of the tertiary industry "
                + "17.49 trillion yuan, up 5 percent. The national economy got off to a good start in the first quarter, "
                + "NBS deputy head Sheng Laiyun said.");
        Alignment alignment = aligner.align(target, source, "zh");
        assertEquals(AlignmentKind.SENTENCES, alignment.kind());
        assertTrue(alignment.segments().stream().noneMatch(s -> s.target().isEmpty()), alignment.toString());
        assertTrue(alignment.segments().get(0).source().of(source).endsWith("增长5.0%。"), alignment.toString());
    }

    /** The tenth black-box review: a source that lacks the translation's last paragraphs slid the pairs before them. */
    @Test
    void paragraphsStayPairedWhereTheSourceLacksTheLastOnes() {
        String source = "王毅在北京同新西兰外长会谈\n"
                + "新华社北京4月24日电 4月24日，外交部长王毅在北京同新西兰副总理兼外长温斯顿·彼得斯举行会谈。\n"
                + "王毅表示，中新建交53年来，两国关系总体保持良好发展势头。新西兰是第一个同中国签署双边自由贸易协定的发达国家。\n"
                + "王毅说，中方愿同新方扩大贸易、教育、旅游和气候变化等领域合作，为两国人员往来提供便利。\n"
                + "彼得斯表示，新方坚持一个中国政策，重视同中国的全面战略伙伴关系。\n";
        Document target = target("Wang Yi holds talks with New Zealand's foreign minister in Beijing\n"
                + "BEIJING, April 24 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with New Zealand's Deputy Prime Minister and Foreign Minister Winston Peters in Beijing on Thursday.\n"
                + "Wang said China-New Zealand relations have maintained sound momentum over the 53 years since the establishment of diplomatic ties, and New Zealand was the first developed country to sign a bilateral free trade agreement with China.\n"
                + "China is willing to work with New Zealand to expand cooperation in trade, education, tourism and climate change, and to facilitate personnel exchanges, Wang said.\n"
                + "Peters said New Zealand adheres to the one-China policy and values its comprehensive strategic partnership with China.\n"
                + "Bilateral trade reached 38.2 billion New Zealand dollars (about 22.6 billion U.S. dollars) in the year to March, with China remaining New Zealand's largest trading partner, according to Statistics New Zealand.\n"
                + "The two sides also exchanged views on the situation in the South Pacific and the Ukraine crisis.\n"
                + "Peters is on a three-day visit to China, his second since taking office in November 2023. He will travel to Shanghai on Friday.\n");
        Alignment alignment = aligner.align(target, source, "zh");
        List<String> targetLines = target.text().lines().toList();
        List<String> sourceLines = source.lines().toList();
        // the first four paragraphs (the third with its number, 53) each stay with their own
        for (int line = 0; line < 4; line++) {
            String english = targetLines.get(line);
            String chinese = sourceLines.get(line);
            assertTrue(alignment.segments().stream().anyMatch(s -> !s.target().isEmpty() && english.contains(target.text(s.target()))
                    && !s.source().isEmpty() && chinese.contains(s.source().of(source))), "line " + (line + 1) + ": " + alignment);
        }
    }

    /** A sentence left out at a paragraph's end is still an omission where both sides are in paragraphs. */
    @Test
    void aSentenceLeftOutAtAParagraphsEndStaysAnOmission() {
        String source = "王毅在北京同新西兰外长会谈\n"
                + "外交部长王毅在北京同新西兰外长彼得斯举行会谈。他还强调，双方应加强在气候变化领域的合作。\n"
                + "王毅说，中方愿同新方扩大贸易、教育和旅游等领域合作。\n"
                + "彼得斯表示，新方坚持一个中国政策。\n";
        Document target = target("Wang Yi holds talks with New Zealand's foreign minister in Beijing\n"
                + "Foreign Minister Wang Yi held talks with New Zealand's Foreign Minister Winston Peters in Beijing.\n"
                + "Wang said China is willing to expand cooperation with New Zealand in trade, education and tourism.\n"
                + "Peters said New Zealand adheres to the one-China policy.\n"
                + "He will travel to Shanghai on Friday.\n");
        Alignment alignment = aligner.align(target, source, "zh");
        List<AlignedSegment> omitted = alignment.segments().stream().filter(s -> s.target().isEmpty()).toList();
        assertEquals(1, omitted.size(), alignment.toString());
        assertTrue(omitted.get(0).source().of(source).startsWith("他还强调"), alignment.toString());
    }
}
