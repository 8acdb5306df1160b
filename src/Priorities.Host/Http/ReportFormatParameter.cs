using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Priorities.Host.Http;

/// <summary>Lists the report formats as the allowed values of <c>POST /v1/reports</c>'s <c>format</c> in the OpenAPI document.</summary>
internal sealed class ReportFormatParameter : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId != ReportEndpoints.OperationId) return Task.CompletedTask;
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter.Name != ReportEndpoints.FormatParameter || parameter.Schema is not OpenApiSchema schema) continue;
            schema.Enum = [.. ReportEndpoints.FormatNames.Select(name => (JsonNode)JsonValue.Create(name))];
            schema.Default = JsonValue.Create(ReportEndpoints.DefaultFormat);
            if (parameter is OpenApiParameter described) described.Description = "The report format. Default: markdown.";
        }
        return Task.CompletedTask;
    }
}
