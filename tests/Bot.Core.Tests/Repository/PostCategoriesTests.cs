using Bot.Core.Generators;
using Bot.Core.Repository;

namespace Bot.Core.Tests.Repository;

public sealed class PostCategoriesTests
{
    private static PostTaxonomy Read(RepositoryLayout layout, string yaml, params string[] folderCategories) =>
        SiteGenerators.For(layout).ReadTaxonomy(FrontMatterParser.ParseYaml(yaml), new PostFile("/blog/x.md", "x.md", "x", false, folderCategories));

    [Theory]
    [InlineData("categories: Python", new[] { "Python" }, new[] { "Python" })]
    [InlineData("categories: [深度学习, NLP]", new[] { "深度学习", "NLP" }, new[] { "深度学习", "NLP" })]
    [InlineData("categories:\n  - [深度学习, NLP]\n  - Python", new[] { "深度学习", "NLP", "Python" }, new[] { "Python" })]
    [InlineData("categories:\n  - Python\n  - [深度学习, NLP]", new[] { "Python", "深度学习", "NLP" }, new[] { "深度学习", "NLP" })]
    [InlineData("category: Go", new[] { "Go" }, new[] { "Go" })]
    [InlineData("title: none", new string[0], new string[0])]
    public void Read_Hexo_FlatListIsOneHierarchyNestedListsAreSeveral(string yaml, string[] expected, string[] lastPath)
    {
        var taxonomy = Read(RepositoryLayout.Hexo, yaml);
        Assert.Equal(expected, taxonomy.Categories);
        Assert.Equal(lastPath, taxonomy.LastCategoryPath);
    }

    [Theory]
    [InlineData("categories: ai deep-learning", new[] { "blog", "ai", "deep-learning" })]
    [InlineData("categories: [AI, Deep Learning]", new[] { "blog", "AI", "Deep Learning" })]
    [InlineData("category: Deep Learning\ncategories: [ignored]", new[] { "blog", "Deep Learning" })]
    [InlineData("categories: blog", new[] { "blog" })]
    public void Read_Jekyll_FoldersAboveFirstThenFrontMatter(string yaml, string[] expected) =>
        Assert.Equal(expected, Read(RepositoryLayout.Jekyll, yaml, "blog").Categories);

    [Theory]
    [InlineData(RepositoryLayout.Hugo, "categories: [Go, Web]", new[] { "Go", "Web" })]
    [InlineData(RepositoryLayout.Plain, "categories: Notes", new[] { "Notes" })]
    public void Read_HugoAndPlain_TakeTheTaxonomyList(RepositoryLayout layout, string yaml, string[] expected) =>
        Assert.Equal(expected, Read(layout, yaml).Categories);

    [Theory]
    [InlineData(RepositoryLayout.Jekyll, "tags: ruby jekyll", new[] { "ruby", "jekyll" })]
    [InlineData(RepositoryLayout.Hexo, "tags: [PyTorch, 分布式训练]", new[] { "PyTorch", "分布式训练" })]
    [InlineData(RepositoryLayout.Hexo, "tags: single tag", new[] { "single tag" })]
    [InlineData(RepositoryLayout.Hugo, "tag: x", new[] { "x" })]
    public void ReadTags_Layout_FollowsGenerator(RepositoryLayout layout, string yaml, string[] expected) =>
        Assert.Equal(expected, Read(layout, yaml).Tags);
}
