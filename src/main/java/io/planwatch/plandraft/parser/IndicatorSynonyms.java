package io.planwatch.plandraft.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the plans use for the same indicator. One row per indicator, names separated by "|"; the first
 * name is the usual one. Extend by adding a row or a name; {@code IndicatorMatcherTest} checks the table
 * parses and has no name in two rows.
 */
final class IndicatorSynonyms {

    static final String TABLE = """
            学前教育毛入园率|学前三年毛入园率|学前三年教育毛入园率
            高中阶段教育毛入学率|高中阶段毛入学率
            九年义务教育巩固率|义务教育巩固率
            5岁以下儿童死亡率|五岁以下儿童死亡率
            适龄儿童免疫规划疫苗接种率|免疫规划疫苗接种率|适龄儿童国家免疫规划疫苗接种率
            新生儿访视率|新生儿家庭访视率
            3岁以下儿童系统管理率|三岁以下儿童系统管理率
            7岁以下儿童健康管理率|七岁以下儿童健康管理率
            6个月内婴儿纯母乳喂养率|0-6个月婴儿纯母乳喂养率|6个月内纯母乳喂养率
            孕产妇死亡率|孕产妇死亡率(1/10万)
            每千人口拥有3岁以下婴幼儿托位数|每千人口3岁以下婴幼儿托位数|每千常住人口拥有3岁以下婴幼儿托位数
            每千名儿童拥有儿科执业(助理)医生|每千名儿童儿科执业(助理)医生数
            中小学生国家学生体质健康标准达标优良率|国家学生体质健康标准达标优良率
            农村自来水普及率|农村集中供水率
            """;

    private static final Map<String, List<String>> GROUP_OF = load(TABLE);

    private IndicatorSynonyms() {}

    /** All names of the row holding {@code normalizedName}, itself included; just itself when in no row. */
    static List<String> namesLike(String normalizedName) {
        return GROUP_OF.getOrDefault(normalizedName, List.of(normalizedName));
    }

    static Map<String, List<String>> load(String table) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String row : table.split("\n")) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String name : row.split("\\|")) {
                names.add(IndicatorMatcher.normalize(name));
            }
            for (String name : names) {
                if (groups.put(name, List.copyOf(names)) != null) {
                    throw new IllegalStateException("synonym listed twice: " + name);
                }
            }
        }
        return Map.copyOf(groups);
    }
}
