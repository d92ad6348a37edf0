using System.Text.Json.Nodes;
using Safeguarding.Hub.Tests.Support;

namespace Safeguarding.Hub.Tests.Api;

/// <summary>The OpenAPI document a partner's developer generates a client from: 3.1, every operation documented, pinned by a snapshot.</summary>
public sealed class OpenApiDocumentTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task The_document_is_OpenAPI_3_1_at_openapi_v1_json_and_matches_its_snapshot()
    {
        using var client = hub.Host.CreateClient();
        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.StartsWith("3.1", JsonNode.Parse(json)!["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        JsonSnapshot.Verify(json, "OpenApi.v1");
    }

    [Fact]
    public async Task Every_operation_has_an_id_a_summary_a_tag_and_says_its_problems()
    {
        using var client = hub.Host.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var operations = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(method => (Path: path.Key, Method: method.Key, Operation: method.Value!))).ToList();
        Assert.Equal(15, operations.Count);
        foreach (var (path, method, operation) in operations)
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            Assert.False(string.IsNullOrWhiteSpace(operation["operationId"]?.GetValue<string>()), $"{where} has no operationId");
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{where} has no summary");
            Assert.NotEmpty(operation["tags"]!.AsArray());
            var responses = operation["responses"]!.AsObject();
            Assert.Contains(responses, response => response.Key.StartsWith('2'));
            if (path.Contains("{board}", StringComparison.Ordinal))
            {
                foreach (var status in new[] { "401", "403", "404" })
                {
                    Assert.True(responses.ContainsKey(status), $"{where} does not document {status}");
                    Assert.NotNull(responses[status]!["content"]?["application/problem+json"]);
                }
            }
        }
    }

    [Fact]
    public async Task The_document_leaves_out_the_widgets_form_endpoints_and_the_embeds()
    {
        using var client = hub.Host.CreateClient();
        var paths = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!["paths"]!.AsObject().Select(path => path.Key).ToList();
        Assert.All(paths, path => Assert.StartsWith("/api/", path, StringComparison.Ordinal));
    }
}
