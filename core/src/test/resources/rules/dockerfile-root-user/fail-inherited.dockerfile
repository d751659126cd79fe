FROM python:3.12-slim AS base
USER root
RUN pip install --no-cache-dir uvicorn

FROM base AS runtime
COPY app /app
CMD ["uvicorn", "app:main"]
