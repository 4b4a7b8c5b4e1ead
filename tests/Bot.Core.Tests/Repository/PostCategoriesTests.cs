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
    [InlineData("category: Deep Learning\ncategories: [also]", new[] { "blog", "also", "Deep Learning" })]
    [InlineData("category: Deep Learning", new[] { "blog", "Deep Learning" })]
    [InlineData("categories: blog", new[] { "blog" })]
    public void Read_Jekyll_FoldersAboveFirstThenFrontMatter(string yaml, string[] expected) =>
        Assert.Equal(expected, Read(RepositoryLayout.Jekyll, yaml, "blog").Categories);

    [Theory]
    [InlineData(RepositoryLayout.Hugo, "categories: [Go, Web]", new[] { "Go", "Web" })]
    [InlineData(RepositoryLayout.Hugo, "category: Tech", new string[0])]
    [InlineData(RepositoryLayout.Plain, "categories: Notes", new[] { "Notes" })]
    public void Read_HugoAndPlain_TakeTheTaxonomyList(RepositoryLayout layout, string yaml, string[] expected) =>
        Assert.Equal(expected, Read(layout, yaml).Categories);

    [Theory]
    [InlineData(RepositoryLayout.Jekyll, "tags: ruby jekyll", new[] { "ruby", "jekyll" })]
    [InlineData(RepositoryLayout.Hexo, "tags: [PyTorch, 分布式训练]", new[] { "PyTorch", "分布式训练" })]
    [InlineData(RepositoryLayout.Hexo, "tags: single tag", new[] { "single tag" })]
    [InlineData(RepositoryLayout.Hugo, "tag: x", new string[0])]
    [InlineData(RepositoryLayout.Hugo, "tags: [b, a]\ntag: x", new[] { "b", "a" })]
    [InlineData(RepositoryLayout.Jekyll, "tags: [go, web, go]", new[] { "go", "web", "go" })]
    [InlineData(RepositoryLayout.Jekyll, "tag: single tag\ntags: [a, b]", new[] { "single tag" })]
    public void ReadTags_Layout_FollowsGenerator(RepositoryLayout layout, string yaml, string[] expected) =>
        Assert.Equal(expected, Read(layout, yaml).Tags);
}
