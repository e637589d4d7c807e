package io.github.mtlint.numbers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChineseNumbersTest {

    private static final ChineseNumbers NUMBERS = NumberTables.chinese();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            有35000人                        | 35000=CARDINAL 35000
            有35,000人                       | 35,000=CARDINAL 35000
            有３５０００人                     | ３５０００=CARDINAL 35000
            增长17.5%                        | 17.5%=PERCENT 17.5
            增长１７．５％                      | １７．５％=PERCENT 17.5
            约3.5万人                        | 3.5万=CARDINAL 35000~
            达1.2万亿元                       | 1.2万亿=CARDINAL 1200000000000
            121万亿元                        | 121万亿=CARDINAL 121000000000000
            1.2亿人                          | 1.2亿=CARDINAL 120000000
            30多万人                         | 30多万=CARDINAL 300000~
            7万8千多名                        | 7万8千=CARDINAL 78000~
            销量为11万7015辆                  | 11万7015=CARDINAL 117015
            “十一”黄金周                      |
            三万五千人                        | 三万五千=CARDINAL 35000
            三万五                           | 三万五=CARDINAL 35000
            两千五百元                        | 两千五百=CARDINAL 2500
            两千五                           | 两千五=CARDINAL 2500
            一亿二千万人                      | 一亿二千万=CARDINAL 120000000
            二十万零五百                      | 二十万零五百=CARDINAL 200500
            一万亿                           | 一万亿=CARDINAL 1000000000000
            三点五万                          | 三点五万=CARDINAL 35000
            三人死亡                          | 三=CARDINAL 3
            获刑十三年六个月                    | 十三=CARDINAL 13; 六=CARDINAL 6
            以47秒48夺冠                       | 47=CARDINAL 47; 48=CARDINAL 48
            十五名学生                        | 十五=CARDINAL 15
            两名男子                          | 两=CARDINAL 2
            一名男子                          |
            百分之五                          | 百分之五=PERCENT 5
            百分之五十                        | 百分之五十=PERCENT 50
            三分之一                          | 三分之一=FRACTION 0.3333333333333333
            三成是学生                        | 三成=PERCENT 30
            6成是男性                         | 6成=PERCENT 60
            三成员国                          |
            增长2倍                           | 2倍=MULTIPLE 2
            增长一倍                          | 一倍=MULTIPLE 1
            第三次                            | 第三=ORDINAL 3
            第2次                             | 第2=ORDINAL 2
            2022年9月14日                     | 2022年=YEAR 2022; 9月=MONTH 9; 14日=DAY 14
            二〇二二年                         | 二〇二二年=YEAR 2022
            9月14日电                         | 9月=MONTH 9; 14日=DAY 14
            1至5月                            | 1=MONTH 1; 5月=MONTH 5
            5月7至9日                         | 5月=MONTH 5; 7=DAY 7; 9日=DAY 9
            3至5个                            | 3=CARDINAL 3; 5=CARDINAL 5
            14日下午                           | 14日=DAY 14
            9个月                             | 9=CARDINAL 9
            74年前                             | 74=CARDINAL 74
            上世纪80年代                      | 80年代=DECADE 80
            20世纪80年代                      | 80年代=DECADE 80
            21世纪10年代                      | 10年代=DECADE 10
            21世纪                            | 21世纪=ORDINAL 21
            三星堆遗址和碳十四测年              |
            “90后”                            | 90后=DECADE 90
            15时30分                          | 15时=HOUR 15; 30=CARDINAL 30
            周一至周日12：00-13:30             | 12=HOUR 12; 13=HOUR 13; 30=CARDINAL 30
            三四个人                          | 三四=CARDINAL 3~; 三四=CARDINAL 4~
            五六百米                          | 五六百=CARDINAL 500~; 五六百=CARDINAL 600~
            5至8人                            | 5=CARDINAL 5; 8=CARDINAL 8
            600至850亿千瓦时                   | 600=CARDINAL 60000000000; 850亿=CARDINAL 85000000000
            近3000人                          | 3000=CARDINAL 3000~
            逾百人                            |
            10万人左右                        | 10万=CARDINAL 100000~
            1000千伏                          | 1000=CARDINAL 1000
            数十人                            |
            十几人                            |
            上千人                            |
            亿万国人                          |
            四川省                            |
            一带一路                          |
            十分重要                          |
            十四五规划                        |
            三一集团                          |
            零部件                            |
            5G网络和A320飞机                  |
            1美元兑7.0元人民币                | 7.0=CARDINAL 7
            第一线                            |
            周二人民币汇率上调                  |
            周四票房破亿                       |
            上周五人民币                       |
            星期三人们                         |
            每周三次                           | 三=CARDINAL 3
            两周内三人                         | 两=CARDINAL 2; 三=CARDINAL 3
            """)
    void findsEveryNumberWithItsValue(String text, String expected) {
        assertEquals(expected == null ? "" : expected, NumberTables.describe(text, NUMBERS.find(text)));
    }
}
