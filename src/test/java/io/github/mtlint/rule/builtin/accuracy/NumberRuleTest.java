package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Alignment;
import io.github.mtlint.model.AlignmentKind;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.LineIndex;
import io.github.mtlint.model.SourceAnalysis;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.model.SourceName;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.IssueCollector;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.testing.RuleTester;
import io.github.mtlint.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberRuleTest {

    private final RuleTester rule = RuleTester.of("accuracy.number");

    @Test
    void flagsAnEnglishNumberOfAnotherMagnitude() {
        rule.flags("全年GDP达到1.2万亿元。", "The annual GDP reached [[1.2 billion]] yuan.");
        rule.flags("该县有3.5万人受灾。", "In the county, [[3,500]] people were affected.");
    }

    @Test
    void flagsADecimalPercentageWithItsDigitsSwapped() {
        // the robustness review, round 10: a small decimal stands for the source's decimal like a large number
        rule.flags("出口增长3.8%。", "Exports grew [[8.3%]].")
                .flags("出口增长3.8%，进口增长了15%。", "Exports grew [[8.3%]] and imports [[51%]].");
    }

    @Test
    void flagsTheOnlyUnmatchedNumberAsTheMistranslation() {
        rule.flags("累计收到港澳台地区通报确诊病例3009例。", "A total of [[3,09]] confirmed cases were reported from Hong Kong, Macao and Taiwan.");
        rule.flags("影响区内315户群众安全撤离。", "[[3315]] households in the area were evacuated safely.");
    }

    @Test
    void flagsADayOfTheMonthGivenAsAnotherDay() {
        rule.flags("会议于9月14日举行。", "The meeting was held on September [[4]].")
                .flags("会议于2023年3月15日举行。", "The meeting was held on March [[16]], 2023.")
                .flags("会议于3月15日举行。", "The meeting was held on [[16]] March.")
                .flags("会议于3月15日举行。", "The meeting was held on Mar. [[16]].")
                .clean("会议于3月15日举行。", "The meeting was held on March 15.")
                .clean("会议于3月15日举行。", "The meeting was held on 15 March 2023.");
    }

    @Test
    void takesNoDayOfTheMonthForACount() {
        // "16" after a month is a day: it is no mistranslation of the source's count of 12 countries
        rule.flags("上周，共有12个国家参加。", "[[On March 16, countries took part.]]");
    }

    @Test
    void findsANumberInsideTheCodeOfAName() {
        // English writes a spacecraft's or a rocket's number after a hyphen: a designation, not a negative number
        rule.clean("神舟十九号载人飞船发射成功。", "The Shenzhou-19 crewed spaceship was launched successfully.")
                .clean("嫦娥六号返回器在内蒙古着陆。", "The Chang'e-6 return capsule landed in Inner Mongolia.")
                .clean("长征五号火箭升空。", "A Long March-5 rocket lifted off.")
                .flags("神舟十九号载人飞船发射成功。", "[[The Shenzhou crewed spaceship was launched successfully.]]");
    }

    @Test
    void readsTheSectorsOfTheEconomyAsOrdinals() {
        rule.clean("第一产业增加值增长3.5%，第二产业增长4.7%，第三产业增长5.8%。",
                "Value added of the primary industry grew 3.5 percent, the secondary industry 4.7 percent and the tertiary industry 5.8 percent.");
    }

    @Test
    void comparesAMeasureInItsOwnUnitExactly() {
        // converting units rounds (1000亩 as "67 hectares"); a measure in its own unit has no excuse
        rule.flags("嫦娥六号共采集月球样品1935.3克。", "Chang'e-6 collected [[1,953.3]] grams of lunar samples.")
                .clean("嫦娥六号共采集月球样品1935.3克。", "Chang'e-6 collected 1,935.3 grams of lunar samples.")
                .clean("项目占地1000亩。", "The project covers 67 hectares.")
                .clean("台风中心最低气压为950百帕。", "The typhoon had a minimum central pressure of 950 hectopascals.");
    }

    @Test
    void answersAMonthOnlyWithAMonth() {
        // "November" is no "11th": the forum's number does not account for the month
        rule.flags("中方将于10月在北京举办第十一届北京香山论坛。", "China will host the 11th Beijing Xiangshan Forum in [[November]].")
                .clean("中方将于11月在北京举办第十一届北京香山论坛。", "China will host the 11th Beijing Xiangshan Forum in November.")
                .clean("今年1至5月，双边贸易额达到47亿美元。", "From January to May this year, bilateral trade reached 4.7 billion U.S. dollars.");
    }

    @Test
    void flagsAnApproximateNumberGivenAsAnother() {
        rule.flags("超过三成的游客选择前往东南亚国家。", "More than [[13 percent]] of tourists chose Southeast Asian countries.")
                .clean("超过三成的游客选择前往东南亚国家。", "More than 30 percent of tourists chose Southeast Asian countries.")
                .clean("约3000人参加。", "Nearly 3,200 people took part.")
                .clean("约3000人参加。", "Thousands of people took part.")
                .clean("已为十余家单位开通了账号。", "Accounts were opened for a dozen organisations.");
    }

    @Test
    void flagsTheSegmentWhereANumberIsMissing() {
        rule.flags("共有12个国家参加。", "[[Countries took part.]]");
    }

    @Test
    void acceptsEveryEnglishFormOfTheSameValue() {
        rule.clean("约3.5万人参加，其中三成是学生。", "Some 35 thousand people took part, 30% of them students.");
        rule.clean("七十四年前，第2批80年代出生的人中6成是男性。", "Seventy-four years ago, 60 percent of the second group born in the 1980s were men.");
        rule.clean("1美元兑7.0元人民币。", "The yuan was at 7.0 to the dollar.");
        rule.clean("该公司收入增长2倍，达3万元。", "The company's income doubled to 30,000 yuan.");
        rule.clean("9月14日下午3时，三四个人来了。", "Three or four people came at 3 p.m. on September 14.");
        rule.clean("“90后”占百分之五十。", "The post-90s generation accounts for half.");
    }

    @Test
    void toleratesAbsentYearsApproximationsAndWordsWithNumerals() {
        rule.clean("2021年，近3000名四川游客一起参加了“一带一路”活动。", "Last year, thousands of Sichuan tourists joined the Belt and Road event.");
        rule.clean("一名男子说，数十人十分高兴。", "A man said dozens of people were very happy.");
    }

    @Test
    void acceptsAWeekdayForTheDayOnlyWhenTheDatelineGivesTheDate() {
        rule.clean("新华社北京2022年9月16日电 中国官员14日说，有3000人参加。",
                "BEIJING, Sept. 16, 2022 (Xinhua) -- Chinese officials said on Wednesday that 3,000 people took part.");
        rule.flags("中国官员14日说，有3000人参加。", "[[Chinese officials said on Wednesday that 3,000 people took part.]]");
    }

    @Test
    void flagsAWrongYearButNotAMissingOne() {
        rule.flags("2019年，该市新增就业1.2万人。", "In [[2018]], the city added 12,000 jobs.");
        rule.clean("2019年，该市新增就业1.2万人。", "Last year, the city added 12,000 jobs.");
    }

    @Test
    void aNumberInsideANameIsNotRequiredButItsTranslationIsNoCandidateForAnother() {
        String source = "“300人计划”共有4404人报名。";
        String target = "The 300 Talents Plan received applications.";
        int name = source.indexOf("300人计划");
        Rule numberRule = Fixtures.rule("accuracy.number");
        Document document = Fixtures.analyzer().analyze(SourceText.of("target", target)).withSource(new SourceDocument(
                "source", "zh", source, LineIndex.of(source),
                new Alignment(AlignmentKind.LINES, List.of(new AlignedSegment(new Span(0, target.length()), new Span(0, source.length()), 1))),
                new SourceAnalysis(List.of(new SourceName(new Span(name, name + 5), "300人计划", SourceName.Kind.ORGANISATION, "", List.of())))));
        IssueCollector collector = new IssueCollector(numberRule.meta(), document, Fixtures.settings());
        numberRule.check(document, collector);
        List<Issue> issues = collector.issues();
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(new Span(0, target.length()), issues.get(0).span(), "the segment lacks 4404; '300' translates the name");
        assertEquals("4404", document.source().orElseThrow().text(issues.get(0).source().orElseThrow()));
    }

    @Test
    void staysQuietWithoutASource() {
        rule.clean("The annual GDP reached 1.2 billion yuan.");
    }

    @Test
    void acceptsAWeekdayForADayOfTheWeekBeforeADatelineWithoutItsYear() {
        rule.clean("新华社重庆6月20日电 救援人员18日晚抵达现场，共转移300人。",
                        "CHONGQING, June 20 (Xinhua) -- Rescuers reached the site on Tuesday evening and moved 300 people.")
                .clean("新华社重庆6月2日电 救援人员31日晚抵达现场，共转移300人。",
                        "CHONGQING, June 2 (Xinhua) -- Rescuers reached the site on Friday evening and moved 300 people.")
                .flags("新华社重庆6月20日电 救援人员2日晚抵达现场，共转移300人。",
                        "[[CHONGQING, June 20 (Xinhua) -- Rescuers reached the site on Tuesday evening and moved 300 people.]]");
    }

    /** Agencies name the days of the coming week too: "until Tuesday" for 22日 under a dateline of the 20th. */
    @Test
    void acceptsAWeekdayForADayOfTheWeekAfterADatelineWithoutItsYear() {
        rule.clean("新华社广州7月20日电 铁路部门暂停开行往返粤西的486趟列车，至22日。",
                        "GUANGZHOU, July 20 (Xinhua) -- Railway authorities suspended 486 trains until Tuesday.")
                .clean("新华社广州7月30日电 铁路部门暂停开行486趟列车，至8月2日。",
                        "GUANGZHOU, July 30 (Xinhua) -- Railway authorities suspended 486 trains until Saturday.")
                .flags("新华社广州7月20日电 铁路部门暂停开行486趟列车，至29日。",
                        "[[GUANGZHOU, July 20 (Xinhua) -- Railway authorities suspended 486 trains until Tuesday.]]");
    }

    private static final String YEARLESS_DATELINE = "新华社贝尔格莱德5月10日电 中塞两国10日发表联合声明。\n";
    private static final String YEARLESS_DATELINE_EN = "BELGRADE, May 10 (Xinhua) -- China and Serbia issued a joint statement on Friday.\n";
    private static final String DATELINE = "新华社贝尔格莱德2024年5月10日电 中塞两国10日发表联合声明。\n";
    private static final String DATELINE_EN = "BELGRADE, May 10, 2024 (Xinhua) -- China and Serbia issued a joint statement on Friday.\n";

    @Test
    void aRangeOfDatesGivenAsARangeOfWeekdaysAccountsForItsMonthAndBothDays() {
        String visit = "Chinese President Xi Jinping paid a state visit to Serbia from Tuesday to Thursday.";
        for (String dateline : List.of(YEARLESS_DATELINE + "|" + YEARLESS_DATELINE_EN, DATELINE + "|" + DATELINE_EN)) {
            String zh = dateline.split("\\|")[0];
            String en = dateline.split("\\|")[1];
            rule.clean(zh + "5月7日至9日，国家主席习近平对塞尔维亚进行国事访问。", en + visit)
                    .clean(zh + "5月7日到9日，国家主席习近平对塞尔维亚进行国事访问。", en + visit)
                    .clean(zh + "7日至9日，国家主席习近平对塞尔维亚进行国事访问。", en + visit)
                    .clean(zh + "5月8日，双方签署了28项合作文件。", en + "The two sides signed 28 cooperation documents on Wednesday.");
        }
    }

    @Test
    void aWeekdayAccountsForADateOnlyInTheWeekBeforeTheDateline() {
        String visit = "Chinese President Xi Jinping paid a state visit to Serbia from Tuesday to Thursday.";
        rule.flags(YEARLESS_DATELINE + "4月7日至9日，国家主席习近平对塞尔维亚进行国事访问。", YEARLESS_DATELINE_EN + "[[" + visit + "]]")
                .flags(YEARLESS_DATELINE + "5月6日至9日，国家主席习近平对塞尔维亚进行国事访问。", YEARLESS_DATELINE_EN + "[[" + visit + "]]")
                .flags(DATELINE + "5月6日至9日，国家主席习近平对塞尔维亚进行国事访问。", DATELINE_EN + "[[" + visit + "]]")
                .flags(DATELINE + "4月8日，双方签署了28项合作文件。",
                        DATELINE_EN + "[[The two sides signed 28 cooperation documents on Wednesday.]]");
    }

    @Test
    void aWrongWeekdayCountDoesNotHideAWrongNumber() {
        rule.flags(YEARLESS_DATELINE + "5月7日至9日，双方签署了28项合作文件。",
                YEARLESS_DATELINE_EN + "From Tuesday to Thursday, the two sides signed [[18]] cooperation documents.");
        String source = YEARLESS_DATELINE + "5月7日至9日，双方签署了28项合作文件。";
        String target = YEARLESS_DATELINE_EN + "On Tuesday, the two sides signed 18 cooperation documents.";
        List<Issue> issues = rule.findings(source, target);
        assertEquals(List.of("18", target.substring(YEARLESS_DATELINE_EN.length())),
                issues.stream().map(issue -> target.substring(issue.span().start(), issue.span().end())).sorted().toList(),
                "the single weekday leaves the range's end and month unaccounted for, and 18 is still wrong");
    }

    @Test
    void aWeekdayDoesNotHideAWrongMonthBesideIt() {
        for (String dateline : List.of(YEARLESS_DATELINE + "|" + YEARLESS_DATELINE_EN, DATELINE + "|" + DATELINE_EN)) {
            String zh = dateline.split("\\|")[0];
            String en = dateline.split("\\|")[1];
            rule.flags(zh + "5月8日，双方签署了28项合作文件。",
                            en + "On Wednesday, [[April]] 8, the two sides signed 28 cooperation documents.")
                    .flags(zh + "5月7日至9日，国家主席习近平对塞尔维亚进行国事访问。",
                            en + "From Tuesday to Thursday, [[June]] 7 to 9, President Xi Jinping paid a state visit to Serbia.")
                    .clean(zh + "5月8日，双方签署了28项合作文件。",
                            en + "On Wednesday, May 8, the two sides signed 28 cooperation documents.");
        }
    }

    @Test
    void aRangeAcrossFebruaryBeforeADatelineWithoutItsYearMayBeInALeapYearOrNot() {
        String zh = "新华社北京3月3日电 两国3日发表联合声明。\n";
        String en = "BEIJING, March 3 (Xinhua) -- The two countries issued a joint statement on Friday.\n";
        String visit = "，国家主席对该国进行国事访问。";
        rule.clean(zh + "2月28日至3月1日" + visit, en + "The president paid a state visit to the country from Tuesday to Wednesday.")
                .clean(zh + "2月28日至3月1日" + visit, en + "The president paid a state visit to the country from Monday to Wednesday.")
                .flags(zh + "2月28日至3月1日" + visit,
                        en + "[[The president paid a state visit to the country from Monday to Thursday.]]");
    }

    @Test
    void twoWeekdaysMayBeNamedInEitherOrder() {
        rule.clean(YEARLESS_DATELINE + "5月7日至9日，国家主席习近平对塞尔维亚进行国事访问。", YEARLESS_DATELINE_EN
                        + "President Xi Jinping on Thursday concluded a state visit to Serbia that began on Tuesday.")
                .flags(YEARLESS_DATELINE + "5月7日至9日，国家主席习近平对塞尔维亚进行国事访问。", YEARLESS_DATELINE_EN
                        + "[[President Xi Jinping on Thursday concluded a state visit to Serbia that began on Wednesday.]]");
    }

    @Test
    void readsAnAmountWhoseScaleIsHyphenated() {
        rule.clean("特区政府设立100亿港元基金。", "The government set up a 10-billion-Hong-Kong-dollar fund.")
                .flags("特区政府设立100亿港元基金。", "The government set up a [[1-billion]]-Hong-Kong-dollar fund.");
    }

    @Test
    void quartersAfterFirstOrPastArePeriodsNotShares() {
        rule.clean("前三季度，全市生产总值增长5.2%。", "In the first three quarters, the city's GDP grew 5.2 percent.");
        rule.clean("前三季度净利润252亿元，同比增长18.1%。", "For the first nine months, net profit rose 18.1 percent to 25.2 billion yuan.");
    }

    @Test
    void aWholeWithAMemberNamedMayBeCountedWithoutIt() {
        rule.clean("法国等12个国家的代表出席了会议。", "Representatives of France and 11 other countries attended the meeting.")
                .clean("包括俄罗斯在内的10个成员国签署了声明。", "Russia and nine other member states signed the statement.")
                .flags("法国等12个国家的代表出席了会议。", "Representatives of France and [[10]] other countries attended the meeting.")
                .flags("12个国家的代表出席了会议。", "Representatives of France and [[11]] other countries attended the meeting.")
                .flags("新增确诊13例，涉及经贸等领域。", "There were [[12]] more cases, in trade and other fields.");
    }

    @Test
    void aMeasureConvertedToAnotherUnitIsTheSameNumber() {
        rule.clean("大桥全长5000米。", "The bridge is 5 km long.")
                .clean("项目占地1000亩。", "The project covers about 67 hectares.")
                .clean("运送物资3.5万吨。", "They shipped 35 million kilograms of supplies.")
                .flags("大桥全长5000米。", "The bridge is [[50]] km long.")
                .flags("大桥全长5000米。", "The bridge is [[5]] miles long.")
                .clean("修建了5000米长的隧道。", "They built a 5-kilometre tunnel.")
                .clean("修建了5000米长的隧道。", "They built a 5 km tunnel.");
    }

    @Test
    void aNumberWithItsUnitMayBeAWord() {
        rule.clean("会议于12时开幕。", "The meeting opened at noon.")
                .clean("救援队24小时值守。", "Rescue teams are on duty around the clock.")
                .clean("展会为期7天。", "The week-long fair opened.")
                .clean("庆祝建校100周年。", "The school celebrated its centenary.")
                .clean("他表示，未来两星期将会十分关键。", "He said the coming fortnight would be crucial.")
                .flags("展会为期5天。", "[[The week-long fair opened.]]")
                .flags("国庆7天假期客流比上周增长。", "[[Passenger numbers in the holiday rose from last week.]]");
    }

    @Test
    void anIdiomWithNumeralsCountsNothing() {
        rule.clean("终场前卢卡库完成梅开二度。", "Before the end, Lukaku completed a brace.")
                .clean("这是一举两得的办法。", "It is a way to kill two birds with one stone.")
                .clean("这是一举两得的办法。", "It serves both ends at once.");
    }

    /** HanLP takes "两座机场" (two airports) for an organisation: its 两 must not hide the ordinal "second" too. */
    @Test
    void aCountInsideANameHidesOnlyTheSameKindOfNumber() {
        rule.clean("北京成为我国第二个同城拥有两座机场的城市。", "Beijing has become the second city in China with two airports.")
                .clean("北京是第二个城市，有两座机场。", "Beijing is the second city and has two airports.");
        assertEquals(1, rule.findings("北京成为我国第二个同城拥有两座机场的城市。",
                "Beijing has become the third city in China with two airports.").size());
    }

    /** 1小时, 1天, 1名: English gives the number one with its unit as the indefinite article. */
    @Test
    void theNumberOneMayBeTheIndefiniteArticle() {
        rule.clean("如果不及时抽排水，1小时就会淹井10米。", "If the water is not pumped out in time, the shaft floods 10 meters in an hour.")
                .clean("8月销售商的营业日比上年多1天。", "Dealers had an extra business day in August.")
                .clean("包括1名国名登记局助理主任。", "They include an assistant director of the registry.")
                .flags("包括3名国名登记局助理主任。", "[[They include an assistant director of the registry.]]")
                .flags("如果不及时抽排水，1小时就会淹井10米。", "If the water is not pumped out in time, the shaft floods [[100]] meters in an hour.");
    }

    @Test
    void aFractionWrittenWithASlashIsAShare() {
        rule.clean("中国生产和消费世界三分之二的猪肉。", "China produces and consumes 2/3 of the world's pork.")
                .clean("中国生产和消费世界三分之二的猪肉。", "China produces and consumes two-thirds of the world's pork.")
                .flags("中国生产和消费世界三分之二的猪肉。", "[[China produces and consumes 3/4 of the world's pork.]]")
                .clean("他们提供24/7服务，9/11事件后成立。", "They have offered 24/7 service since 9/11.");
    }

    @Test
    void aFractionOfAHundredOrAThousandIsAShare() {
        rule.clean("大熊猫新生幼仔体型约为母亲的千分之一。", "Newborn pandas are about one-thousandth the size of their mothers.")
                .clean("他以百分之一的差距获胜。", "He won by one-hundredth of the vote.")
                .flags("大熊猫新生幼仔体型约为母亲的千分之一。", "Newborn pandas are about [[one-hundredth]] the size of their mothers.")
                .clean("五分之三的受访者表示同意。", "Three in five respondents agreed.")
                .clean("约十分之一的成年人患病。", "Nearly one in 10 adults is ill.");
    }

    @Test
    void anApproximateNumberGivenToAsManyDigitsMustBeTheSame() {
        // rounding gives fewer digits ("about 7 tonnes"), a transposition as many; a small decimal answers a decimal
        rule.flags("飞船运送了约6.5吨物资。", "The craft carries about [[5.6]] tonnes of supplies.")
                .flags("飞船运送了6.5吨物资。", "The craft carries [[5.6]] tonnes of supplies.")
                .clean("飞船运送了约6.5吨物资。", "The craft carries about 7 tonnes of supplies.")
                .clean("飞船运送了约6.5吨物资。", "The craft carries about 6.5 tonnes of supplies.")
                .clean("全市十余家企业参加。", "A dozen companies in the city took part.");
    }

    @Test
    void anotherRankInPlaceOfTheSourcesIsAWrongValue() {
        rule.flags("第八届博览会开幕。", "The [[Seventh]] Expo opened.")
                .flags("伊拉克是中国第三大原油供应国。", "Iraq is China's [[second]]-largest supplier of crude oil.")
                .clean("伊拉克是中国第三大原油供应国。", "Iraq is China's third-largest supplier of crude oil.");
    }

    @Test
    void aCountSpeltOutIsNoRank() {
        // "the two sides" gives 双方, not 第二次; digits may give a rank ("Article 5", "Phase 2")
        rule.flags("这是双方第二次会晤。", "This is the [[third]] meeting between the two sides.")
                .clean("这是双方第二次会晤。", "This is the second meeting between the two sides.")
                .clean("根据第5条规定执行。", "It is carried out under Article 5.")
                .clean("我们要用好《联合国宪章》第六章。", "We should make good use of Chapter Six of the UN Charter.")
                .clean("寿光排位第四。", "Shouguang ranked number four.")
                .flags("双方举行了第二轮会谈。", "[[The two sides held talks.]]")
                .clean("两国领导人第二次会晤。", "It was the second meeting of the two leaders.");
    }

    @Test
    void theSourcesNumberInAnotherUnitOfItsKindIsAnotherMeasure() {
        rule.flags("怀化市平均降雨量达186毫米。", "Huaihua recorded an average rainfall of 186 [[centimeters]].")
                .flags("两地相距30公里。", "The two towns are 30 [[miles]] apart.")
                .clean("怀化市平均降雨量达186毫米。", "Huaihua recorded an average rainfall of 186 mm.")
                .clean("两地相距30公里。", "The two towns are 30 kilometers (about 19 miles) apart.")
                .clean("这条隧道长5000米。", "The tunnel is 5 km long.")
                .clean("全省装机容量达5630万千瓦。", "The province's installed capacity reached 56.3 gigawatts.")
                .clean("全省装机容量达5630万千瓦。", "The province's installed capacity reached 56.3 million kW.")
                .clean("年发电量约360亿千瓦时。", "It generates about 36 billion kWh a year.")
                .flags("全省装机容量达5630万千瓦。", "The province's installed capacity reached [[56.3]] megawatts.");
    }

    /** A currency or a temperature scale does not convert by a factor: the source's number with another is wrong. */
    @Test
    void theSourcesNumberInAnotherCurrencyOrScaleIsWrong() {
        rule.flags("该公司去年营收达50亿美元。", "The company's revenue reached 5 billion [[yuan]] last year.")
                .flags("当天最高气温达38摄氏度。", "The highest temperature that day reached 38 [[degrees Fahrenheit]].")
                .clean("该公司去年营收达50亿美元。", "The company's revenue reached 5 billion US dollars last year.")
                .clean("该公司去年营收达50亿美元。", "The company's revenue reached $5 billion last year.")
                // the source's unit beside a conversion
                .clean("当天最高气温达38摄氏度。", "The highest temperature that day reached 38 degrees Celsius (100.4 degrees Fahrenheit).")
                // 元 alone may be any currency's unit (港币100元): it is not judged
                .clean("门票售价100元。", "Tickets cost 100 Hong Kong dollars.");
    }

    @Test
    void oneOfIsNoNumberAtAnotherMagnitude() {
        rule.clean("这是今年十多起案件之一。", "The case is one of more than a dozen brought this year.")
                .flags("该县有3.5万人受灾。", "In the county, [[3,500]] people were affected.");
    }

    @Test
    void anEarthquakesMagnitudeJoinedByAHyphenIsItsNumber() {
        rule.clean("新疆发生7.1级地震。", "A magnitude-7.1 earthquake struck Xinjiang.")
                .clean("新疆发生7.1级地震。", "A Magnitude-7.1 quake hit Xinjiang, and a 7.1-magnitude one last year.")
                .flags("新疆发生7.1级地震。", "A magnitude-[[6.1]] earthquake struck Xinjiang.");
    }

    @Test
    void anotherWeekdayInPlaceOfTheSourcesIsAWrongValue() {
        rule.flags("受灾群众周三开始转移。", "Evacuations began on [[Thursday]].")
                .flags("星期天，比赛结束。", "The games ended on [[Saturday]].");
        assertEquals(List.of("Wednesday"), rule.findings("受灾群众周三开始转移。", "Evacuations began on Thursday.").get(0).suggestions());
        // the right weekday, a weekday English adds for a date, and counts per week are left alone
        rule.clean("受灾群众周三开始转移。", "Evacuations began on Wednesday.")
                .clean("7月3日，受灾群众开始转移。", "Evacuations began on Wednesday, July 3.")
                .clean("周二人民币上涨，周四票房破亿。", "The yuan rose on Tuesday, and box office passed 100 million on Thursday.")
                .clean("列车每周三次往返。", "The train runs three times a week, on Monday, Wednesday and Friday.");
    }

    @Test
    void aCountWithAHalfMoreIsOneNumberInEnglish() {
        // 三年半, 两个半小时 and 3年6个月 are "three and a half years", "2.5 hours", "3.5 years"
        rule.clean("被告人被判处有期徒刑三年半。", "The defendant was sentenced to three and a half years in prison.")
                .clean("被告人被判处有期徒刑3年6个月。", "The defendant was sentenced to three and a half years in prison.")
                .clean("被告人被判处有期徒刑3年零6个月。", "The defendant was sentenced to 3.5 years in prison.")
                .clean("被告人被判处有期徒刑3年6个月。", "The defendant was sentenced to three years and six months in prison.")
                .clean("会议持续了两个半小时。", "The meeting lasted two and a half hours.")
                .clean("会议持续了两个半小时。", "The meeting lasted 2.5 hours.")
                .clean("获刑十三年六个月。", "He was jailed for 13 and a half years.")
                .clean("潘展乐以46秒40的成绩夺冠，对手以47秒48获得第二名。", "Pan won in 46.40 seconds; the runner-up finished in 47.48 seconds.")
                .clean("墨西哥选手获得第三名，中国选手获得第二名。", "A Mexican diver took the bronze and a Chinese diver the silver.")
                // metres and centimetres, as field events give them
                .clean("女子铅球比赛中，巩立姣以19米58夺冠。", "In the women's shot put, Gong Lijiao won with a throw of 19.58 meters.")
                .flags("女子铅球比赛中，巩立姣以19米58夺冠。", "[[In the women's shot put, Gong Lijiao won with a throw of 19.85 meters.]]")
                .flags("潘展乐以46秒40的成绩夺冠。", "[[Pan won in 46.04 seconds.]]")
                .flags("被告人被判处有期徒刑三年半。", "[[The defendant was sentenced to four and a half years in prison.]]")
                .flags("被告人被判处有期徒刑3年6个月。", "[[The defendant was sentenced to three years in prison.]]");
    }

    @Test
    void monthsFromJanuaryAreTheFirstMonthsOfTheYear() {
        rule.clean("今年1至2月，全国新建商品房销售面积1.29亿平方米。",
                        "Sales of new homes totaled 129 million square meters in the first two months of this year.")
                .clean("今年1-5月，出口增长6%。", "Exports grew 6 percent in the first five months of the year.")
                .clean("今年1至6月，出口增长6%。", "Exports grew 6 percent in the first half of the year.")
                .clean("今年1至2月，出口增长6%。", "Exports grew 6 percent in January and February.")
                .flags("今年1至5月，出口增长6%。", "[[Exports grew 6 percent in the first four months of the year.]]");
    }

    @Test
    void aCountOfTheMembersTheSourceNamesMayBeLeftToTheNames() {
        // 四川、贵州两省 is "Sichuan and Guizhou provinces": naming both is the count
        rule.clean("列车途经四川、贵州两省山区。", "The train passes through mountainous areas of Sichuan and Guizhou provinces.")
                .clean("京、津、冀三地将联合执法。", "Beijing, Tianjin and Hebei will enforce the law jointly.")
                .clean("四川、贵州和云南三省将联合执法。", "Sichuan, Guizhou and Yunnan will enforce the law jointly.")
                .clean("四川和贵州两省将联合执法。", "Sichuan and Guizhou will enforce the law jointly.")
                .flags("四川、贵州两省将联合执法，涉及12个城市。", "[[Sichuan and Guizhou will enforce the law jointly in cities.]]")
                .flags("四川、贵州三省将联合执法。", "[[Sichuan and Guizhou will enforce the law jointly.]]")
                .flags("西南两省将联合执法。", "[[Provinces in the southwest will enforce the law jointly.]]");
    }

    @Test
    void aWeekdayMarkerBeforeAnotherWordNamesNoWeekday() {
        // 一周三十万人次 counts a week's trips, 上周日本 is Japan last week, 一周天气 a week's weather: beside a date
        // English gives its weekday ("Thursday, July 3"), which is then no other weekday than the source's
        rule.clean("7月3日，地铁一周三十万人次。", "On Thursday, July 3, the metro said it carries 300,000 passengers a week.")
                .clean("7月3日，上周日本首相访华。", "On Thursday, July 3, officials said the Japanese prime minister visited China last week.")
                .clean("7月3日发布的未来一周天气预报显示有雨。", "The forecast for the coming week, issued on Thursday, July 3, shows rain.")
                .flags("上周日，日本首相抵达北京。", "The Japanese prime minister arrived in Beijing on [[Saturday]].");
    }
}
