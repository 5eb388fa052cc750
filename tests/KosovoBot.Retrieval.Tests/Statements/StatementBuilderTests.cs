using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Statements;

namespace KosovoBot.Retrieval.Tests.Statements;

public sealed class StatementBuilderTests
{
    private static readonly Lazy<KnowledgeDocument> Article = new(() => Load("knowledge/voa-nato-to-stay-in-kosovo.md"));
    private static readonly Lazy<KnowledgeDocument> Second = new(() => Load("second-article/wns-eu-police-mission-extended.md"));

    private const string Appathurai = "James Appathurai";
    private const string Spokesman = "NATO spokesman";
    private const string Scheffer = "Jaap de Hoop Scheffer";
    private const string SecretaryGeneral = "NATO Secretary General";

    // ordinal, paragraph, start of the sentence, speaker, role, kind
    public static TheoryData<int, int, string, string?, string?, StatementKind> ArticleStatements => new()
    {
        { 0, 1, "The NATO military alliance says it will remain", "NATO", null, StatementKind.Reported },
        { 1, 1, "Friday's announcement at a NATO ministerial meeting", null, null, StatementKind.Narrative },
        { 2, 1, "Stefan Bos reports for VOA from Budapest.", null, null, StatementKind.Narrative },
        { 3, 2, "NATO spokesman James Appathurai told reporters", Appathurai, Spokesman, StatementKind.Reported },
        { 4, 3, "Appathurai also made clear that NATO will have", Appathurai, Spokesman, StatementKind.Reported },
        { 5, 4, "\"Allies agree that U.N. Security Council resolution 1244", Appathurai, Spokesman, StatementKind.Direct },
        { 6, 4, "\"Second that they commit to maintain", Appathurai, Spokesman, StatementKind.Direct },
        { 7, 4, "That includes, if necessary, reinforcements.\"", Appathurai, Spokesman, StatementKind.Direct },
        { 8, 5, "Friday's agreement on the peacekeepers' future role", Scheffer, SecretaryGeneral, StatementKind.Reported },
        { 9, 6, "\"NATO's continued commitment to the security", Scheffer, SecretaryGeneral, StatementKind.Direct },
        { 10, 6, "\"And we will act resolutely against anyone", Scheffer, SecretaryGeneral, StatementKind.Direct },
        { 11, 6, "Regardless of the outcome of the status process", Scheffer, SecretaryGeneral, StatementKind.Direct },
        { 12, 7, "The peacekeepers have been in Kosovo since 1999", null, null, StatementKind.Narrative },
        { 13, 8, "International mediators are expected to report", null, null, StatementKind.Narrative },
        { 14, 9, "Russia wants further mediation", "Russia", null, StatementKind.Reported },
        { 15, 10, "However, Western governments involved in the negotiations say", "Western governments", null, StatementKind.Reported },
        { 16, 11, "Analysts expect the United States", "Analysts", null, StatementKind.Reported },
        { 17, 11, "However, Western officials have expressed hopes", "Western officials", null, StatementKind.Reported },
    };

    public static TheoryData<int, int, string, string?, string?, StatementKind> SecondArticleStatements => new()
    {
        { 0, 1, "The European Union said on Thursday", "European Union", null, StatementKind.Reported },
        { 1, 2, "EU envoy Pieter van der Berg told reporters", "Pieter van der Berg", "EU envoy", StatementKind.Reported },
        { 2, 3, "\"We are not leaving.", "Pieter van der Berg", "EU envoy", StatementKind.Direct },
        { 3, 3, "The job is not finished,\" said van der Berg.", "Pieter van der Berg", "EU envoy", StatementKind.Direct },
        { 4, 3, "\"Our officers will stay as long as they are needed.\"", "Pieter van der Berg", "EU envoy", StatementKind.Direct },
        { 5, 4, "Serbia's government wants the mission", "Serbia's government", null, StatementKind.Reported },
        { 6, 5, "The first officers arrived in mid-February, police officials said.", "police officials", null, StatementKind.Reported },
        { 7, 6, "A review of the mission is expected by December 15.", null, null, StatementKind.Narrative },
    };

    [Theory]
    [MemberData(nameof(ArticleStatements))]
    public void Build_ArticleSentence_HasExpectedParagraphSpeakerRoleAndKind(
        int ordinal, int paragraph, string start, string? speaker, string? role, StatementKind kind) =>
        AssertStatement(Article.Value, ordinal, paragraph, start, speaker, role, kind);

    [Theory]
    [MemberData(nameof(SecondArticleStatements))]
    public void Build_SecondArticleSentence_HasExpectedParagraphSpeakerRoleAndKind(
        int ordinal, int paragraph, string start, string? speaker, string? role, StatementKind kind) =>
        AssertStatement(Second.Value, ordinal, paragraph, start, speaker, role, kind);

    [Fact]
    public void Build_Article_CutsEighteenSentencesCoveringTheBodyVerbatim()
    {
        var doc = Article.Value;

        Assert.Equal(18, doc.Statements.Count);
        for (var p = 0; p < doc.Paragraphs.Count; p++)
        {
            var sentences = doc.Statements.Where(s => s.Paragraph == p + 1).Select(s => s.Text);
            Assert.Equal(doc.Paragraphs[p], string.Join(' ', sentences));
        }
    }

    [Fact]
    public void Build_SecondArticle_CutsEightSentences() => Assert.Equal(8, Second.Value.Statements.Count);

    [Fact]
    public void Build_Statements_HaveSequentialOrdinalsAndStableIds()
    {
        var doc = Article.Value;

        Assert.Equal(Enumerable.Range(0, doc.Statements.Count), doc.Statements.Select(s => s.Ordinal));
        Assert.Equal("voa-nato-to-stay-in-kosovo#4", doc.Statements[4].Id);
    }

    [Fact]
    public void Build_HeSaidBeforeAnyPerson_LeavesQuoteWithoutSpeaker()
    {
        var source = Article.Value.Source;

        var statements = StatementBuilder.BuildStatements(source, ["\"We will stay until the job is done,\" he said."]);

        Assert.Equal(StatementKind.Direct, statements[0].Kind);
        Assert.Null(statements[0].Speaker);
    }

    [Fact]
    public void Build_SurnameIntroducedWithoutSpeechVerb_ResolvesToFullNameAndRole()
    {
        var source = Article.Value.Source;
        string[] paragraphs =
        [
            "The talks were chaired by UN envoy Maria Lindqvist in Vienna.",
            "\"Nobody walked out of the room,\" said Lindqvist.",
        ];

        var statements = StatementBuilder.BuildStatements(source, paragraphs);

        Assert.Equal(StatementKind.Narrative, statements[0].Kind);
        Assert.Equal("Maria Lindqvist", statements[1].Speaker);
        Assert.Equal("UN envoy", statements[1].Role);
    }

    [Fact]
    public void Build_QuoteRunningIntoUntaggedParagraph_KeepsSpeaker()
    {
        var source = Article.Value.Source;
        string[] paragraphs =
        [
            "\"We are ready,\" said envoy Tomas Berger.",
            "\"Nobody should doubt it.\"",
        ];

        var statements = StatementBuilder.BuildStatements(source, paragraphs);

        Assert.Equal("Tomas Berger", statements[1].Speaker);
        Assert.Equal(StatementKind.Direct, statements[1].Kind);
    }

    [Theory]
    [InlineData("Serbian President Boris Tadic said on Friday that talks must go on.", "Boris Tadic", "Serbian President", StatementKind.Reported)]
    [InlineData("U.S. Secretary of State Condoleezza Rice told reporters the plan was sound.", "Condoleezza Rice", "U.S. Secretary of State", StatementKind.Reported)]
    [InlineData("Serbia's prime minister, Vojislav Kostunica, said the plan was illegal.", "Vojislav Kostunica", "Serbia's prime minister", StatementKind.Reported)]
    [InlineData("According to the United Nations, some 2,000 people left the area.", "United Nations", null, StatementKind.Reported)]
    [InlineData("\"We will not move,\" Kosovo Prime Minister Agim Ceku said.", "Agim Ceku", "Kosovo Prime Minister", StatementKind.Direct)]
    [InlineData("\"We will not move,\" said EU envoy Maria de la Cruz.", "Maria de la Cruz", "EU envoy", StatementKind.Direct)]
    [InlineData("\"We will not move,\" the minister said.", "minister", null, StatementKind.Direct)]
    [InlineData("“We will not move,” said NATO spokesman James Appathurai.", "James Appathurai", "NATO spokesman", StatementKind.Direct)]
    [InlineData("The European Union says it will send a police mission.", "European Union", null, StatementKind.Reported)]
    [InlineData("They say the talks have failed.", null, null, StatementKind.Narrative)]
    [InlineData("The ministers are expected to meet again on Tuesday.", null, null, StatementKind.Narrative)]
    [InlineData("NATO ministers agreed to keep the force in place.", null, null, StatementKind.Narrative)]
    public void BuildStatements_CommonWirePatterns_AttributeSpeakerAndRole(string sentence, string? speaker, string? role, StatementKind kind)
    {
        var statement = Assert.Single(StatementBuilder.BuildStatements(Article.Value.Source, [sentence]));

        Assert.Equal(sentence, statement.Text);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(role, statement.Role);
        Assert.Equal(kind, statement.Kind);
    }

    [Fact]
    public void BuildStatements_SheSaidAfterTwoPeople_ResolvesToTheOneNamedLast()
    {
        string[] paragraphs =
        [
            "EU envoy Hans Weber said talks would go on.",
            "UN envoy Maria Lindqvist said she would report to the Security Council.",
            "\"Nobody has given up,\" she said.",
        ];

        var statements = StatementBuilder.BuildStatements(Article.Value.Source, paragraphs);

        Assert.Equal("Maria Lindqvist", statements[2].Speaker);
        Assert.Equal("UN envoy", statements[2].Role);
    }

    private static void AssertStatement(
        KnowledgeDocument doc, int ordinal, int paragraph, string start, string? speaker, string? role, StatementKind kind)
    {
        var statement = doc.Statements[ordinal];

        Assert.StartsWith(start, statement.Text, StringComparison.Ordinal);
        Assert.Equal(paragraph, statement.Paragraph);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(role, statement.Role);
        Assert.Equal(kind, statement.Kind);
    }

    private static KnowledgeDocument Load(string relative)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", relative);
        return StatementBuilder.Build(KnowledgeFileParser.Parse(relative, File.ReadAllText(path)));
    }
}
